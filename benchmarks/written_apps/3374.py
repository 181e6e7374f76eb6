import math


def compare_powers(n1, n2):
    (b1, e1), (b2, e2) = n1, n2
    x = e1 * math.log10(b1)
    y = e2 * math.log10(b2)
    scale = x if x > y else y
    if scale < 1:
        scale = 1
    if x - y > 1e-12 * scale:
        return -1
    if y - x > 1e-12 * scale:
        return 1
    first, second = b1 ** e1, b2 ** e2
    if first > second:
        return -1
    if first < second:
        return 1
    return 0
