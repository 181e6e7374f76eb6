from decimal import Decimal, ROUND_HALF_UP


def how_much_water(water, load, clothes):
    if clothes > 2 * load:
        return 'Too much clothes'
    if clothes < load:
        return 'Not enough clothes'
    amount = Decimal(water) * Decimal('1.1') ** (clothes - load)
    return float(amount.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
