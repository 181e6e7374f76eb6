import math


def circleArea(r):
    if type(r) not in (int, float) or r <= 0:
        return False
    return round(math.pi * r * r, 2)
