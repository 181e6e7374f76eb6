import math


def does_fred_need_houseboat(x, y):
    area = math.pi * (x * x + y * y) / 2
    fraction, whole = math.modf(area / 50)
    return int(whole) + 1
