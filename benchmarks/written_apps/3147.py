from functools import lru_cache


@lru_cache(maxsize=None)
def _is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


@lru_cache(maxsize=None)
def _splits(s):
    """True if s can be cut into at least two primes without leading zeros."""
    for i in range(1, len(s)):
        head, tail = s[:i], s[i:]
        if tail[0] == "0" or not _is_prime(int(head)):
            continue
        if _is_prime(int(tail)) or _splits(tail):
            return True
    return False


def total_primes(a, b):
    return [n for n in range(a if a > 10 else 10, b + 1) if _is_prime(n) and _splits(str(n))]
