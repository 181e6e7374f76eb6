import math


def triangular_sum(n):
    # T(k)^2 + T(k+1)^2 == T((k+1)^2): n must be T(m) with m a square above 1.
    root = math.isqrt(8 * n + 1)
    if root * root != 8 * n + 1:
        return False
    m = (root - 1) // 2
    s = math.isqrt(m)
    return s > 1 and s * s == m
