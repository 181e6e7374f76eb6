import math


def area(shape):
    if type(shape) in (list, tuple):
        return shape[0] * shape[1]
    return math.pi * shape * shape


def sort_by_area(seq):
    return sorted(seq, key=area)
