import math


def graceful_tipping(bill):
    amount = bill * 1.15
    if amount < 10:
        step = 1
    else:
        step = 10 ** int(math.log10(amount)) // 2
    return int(-(-amount // step) * step)
