import math


def oddity(n):
    # divisors pair up as (d, n // d) except for the square root of a perfect square
    root = math.isqrt(n)
    return "odd" if root * root == n else "even"
