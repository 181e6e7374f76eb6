import math


def routes(n):
    if n < 1:
        return 0
    return math.comb(2 * n, n)
