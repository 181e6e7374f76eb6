import math


def missing_angle(h, a, o):
    if h == 0:
        angle = math.atan2(o, a)
    elif a == 0:
        angle = math.asin(o / h)
    else:
        angle = math.acos(a / h)
    return round(math.degrees(angle))
