from decimal import Decimal, ROUND_HALF_UP


def interest(p, r, n):
    principal = Decimal(p)
    rate = Decimal(r)
    simple = principal * (1 + rate * n)
    compound = principal * (1 + rate) ** n
    one = Decimal(1)
    return [int(simple.quantize(one, rounding=ROUND_HALF_UP)),
            int(compound.quantize(one, rounding=ROUND_HALF_UP))]
