from math import log10


def count_sixes(n):
    # x_n = 2/3 * (1 - (-1/2)^n); its distance to 2/3 decides how many sixes survive
    return int((n - n % 2) * log10(2))
