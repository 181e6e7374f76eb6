from math import gcd


def reduce_fraction(fraction):
    num, den = fraction
    g = gcd(num, den)
    return [num // g, den // g]
