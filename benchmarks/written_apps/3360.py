from math import perm


def get_chance(n, x, a):
    # ordered ways to drink `a` clean shots over all ordered ways to drink `a` shots
    probability = perm(n - x, a) / perm(n, a)
    return round(probability * 100) / 100
