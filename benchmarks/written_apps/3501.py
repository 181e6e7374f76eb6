from math import comb


def number_of_routes(m, n):
    return comb(m + n, m)
