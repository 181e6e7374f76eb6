import math


def circle_slash(n):
    _, exponent = math.frexp(n)
    highest = 1 << (exponent - 1)
    return 2 * (n - highest) + 1
