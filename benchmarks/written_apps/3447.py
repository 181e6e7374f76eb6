import math


def next_perfect_square(n):
    if n < 0:
        return 0
    root = math.isqrt(n) + 1
    return root * root
