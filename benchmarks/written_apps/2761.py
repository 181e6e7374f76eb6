import math


def length_of_line(array):
    (x1, y1), (x2, y2) = array
    return f"{math.hypot(x2 - x1, y2 - y1):.2f}"
