import math


def power_of_two(x):
    if x <= 0:
        return False
    mantissa, _ = math.frexp(x)
    return mantissa == 0.5
