from fractions import Fraction


def decompose(n):
    rest = Fraction(n)
    parts = []
    if rest >= 1:
        whole = rest.numerator // rest.denominator
        parts += [str(whole)]
        rest -= whole
    while rest > 0:
        # smallest denominator d with 1/d <= rest
        d = -(-rest.denominator // rest.numerator)
        parts += [f"1/{d}"]
        rest -= Fraction(1, d)
    return parts
