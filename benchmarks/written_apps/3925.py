import math


def is_john_lying(a, b, s):
    distance = math.fabs(a) + math.fabs(b)
    return s >= distance and (s - distance) % 2 == 0
