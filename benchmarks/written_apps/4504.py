import math


def share_price(invested, changes):
    value = invested * math.prod(1 + change / 100 for change in changes)
    return f"{value:.2f}"
