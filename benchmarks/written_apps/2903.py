import math


def volume(r, h):
    return int(math.pi * r * r * h / 3)
