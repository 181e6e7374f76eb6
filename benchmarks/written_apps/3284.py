import math


def two_decimal_places(number):
    return math.trunc(number * 100) / 100
