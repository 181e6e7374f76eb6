import math


def generate_diagonal(n, l):
    return [math.comb(n + i, n) for i in range(l)]
