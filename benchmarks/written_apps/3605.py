from math import comb


def diagonal(n, p):
    return comb(n + 1, p + 1)
