import math

CRATE_INCHES = 16


def box_capacity(length, width, height):
    return math.prod(feet * 12 // CRATE_INCHES for feet in (length, width, height))
