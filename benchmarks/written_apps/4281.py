import math


def tankvol(h, d, vt):
    r = d / 2
    theta = 2 * math.acos((r - h) / r)
    segment = r * r * (theta - math.sin(theta)) / 2
    return int(vt * segment / (math.pi * r * r))
