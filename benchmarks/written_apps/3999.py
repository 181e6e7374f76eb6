import math


def cup_volume(d1, d2, height):
    r1, r2 = d1 / 2, d2 / 2
    return round(math.pi * height * (r1 * r1 + r1 * r2 + r2 * r2) / 3, 2)
