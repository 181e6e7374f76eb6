import math


def round_it(n):
    left, _, right = str(n).partition('.')
    left_digits = len(left) - (left[:1] == '-')
    frac, whole = math.modf(n)
    whole = int(whole)
    if left_digits < len(right):
        return whole + 1 if frac > 0 else whole
    if left_digits > len(right):
        return whole - 1 if frac < 0 else whole
    return round(n)
