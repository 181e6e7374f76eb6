import math


def binomial(a, b):
    numerator = 1
    for k in range(b):
        numerator *= a - k
    return numerator / math.factorial(b)


def value_at(poly_spec, x):
    degree = len(poly_spec) - 1
    total = 0
    for i in range(len(poly_spec)):
        total += poly_spec[i] * binomial(x, degree - i)
    return round(total, ndigits=2)
