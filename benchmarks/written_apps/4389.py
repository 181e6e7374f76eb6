from fractions import Fraction


def profitLoss(records):
    total = Fraction(0)
    for price, percent in records:
        cost = Fraction(price) * 100 / (100 + Fraction(percent))
        total += price - cost
    return round(total * 100) / 100
