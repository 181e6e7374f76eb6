from fractions import Fraction


def going(n):
    total = Fraction(0)
    term = Fraction(1)
    k = n
    while k >= 1 and term > Fraction(1, 10 ** 12):
        total += term
        term /= k
        k -= 1
    truncated = (total * 10 ** 6).numerator // (total * 10 ** 6).denominator
    return truncated / 10 ** 6
