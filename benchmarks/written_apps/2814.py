from math import isqrt


def is_triangular(t):
    r = isqrt(8 * t + 1)
    return r * r == 8 * t + 1
