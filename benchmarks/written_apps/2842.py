import math


def coordinates(p1, p2, precision=0):
    distance = math.hypot(p2[0] - p1[0], p2[1] - p1[1])
    return round(distance, ndigits=precision)
