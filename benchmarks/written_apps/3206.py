from math import pi


def sum_circles(*args):
    area = sum(pi * d * d / 4 for d in args)
    return f"We have this much circle: {round(area)}"
