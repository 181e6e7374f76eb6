BRACKETS = ((10, 0.10), (10, 0.07), (10, 0.05))


def tax_calculator(total):
    if type(total) not in (int, float) or total <= 0:
        return 0
    tax = 0
    remaining = total
    for width, rate in BRACKETS:
        portion = width if remaining > width else remaining
        tax += portion * rate
        remaining -= portion
    tax += remaining * 0.03
    return round(tax, 2)
