from functools import lru_cache


@lru_cache(maxsize=None)
def _cows(n):
    if n < 3:
        return 1
    return _cows(n - 1) + _cows(n - 3)


def count_cows(n):
    if type(n) is not int:
        return None
    return _cows(n)
