import math


def branch(n):
    if n == 1:
        return 0
    k = (math.isqrt(n - 1) + 1) // 2
    return (n - (2 * k - 1) ** 2 - 1) // (2 * k)
