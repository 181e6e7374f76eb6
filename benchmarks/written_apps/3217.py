from fractions import Fraction


def sum_fracts(lst):
    if not lst:
        return None
    total = Fraction(0)
    for numer, denom in lst:
        total += Fraction(numer, denom)
    if total.denominator == 1:
        return total.numerator
    return [total.numerator, total.denominator]
