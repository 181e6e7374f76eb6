import math


def is_pronic(n):
    if type(n) is not int or n < 0:
        return False
    k = math.isqrt(n)
    return k * (k + 1) == n
