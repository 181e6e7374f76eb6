import math


def distance(n):
    if n == 1:
        return 0
    k = (math.isqrt(n - 1) + 1) // 2
    offset = (n - (2 * k - 1) ** 2 - 1) % (2 * k) - (k - 1)
    return k + (offset if offset >= 0 else -offset)
