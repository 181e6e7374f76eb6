from bisect import bisect_right


def _volume(n):
    half = n * (n + 1) // 2
    return half * half


def find_nb(m):
    hi = 2
    while _volume(hi) <= m:
        hi *= 2
    n = bisect_right(range(hi + 1), m, key=_volume) - 1
    return n if n > 0 and _volume(n) == m else -1
