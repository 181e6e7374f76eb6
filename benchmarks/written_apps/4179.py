from fractions import Fraction


def game(n):
    # Cells (r, c) and (c, r) pair up: c/(r+c) + r/(r+c) = 1, diagonal cells are 1/2,
    # so the whole n x n board sums to n*n/2.
    total = Fraction(n * n, 2)
    if total.denominator == 1:
        return [total.numerator]
    return [total.numerator, total.denominator]
