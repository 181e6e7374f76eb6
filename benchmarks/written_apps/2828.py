from math import log10


def power_law(x1y1, x2y2, x3):
    (x1, y1), (x2, y2) = x1y1, x2y2
    if x1 == x2:
        return y1
    exponent = log10(y2 / y1) / log10(x2 / x1)
    return round(y1 * (x3 / x1) ** exponent)
