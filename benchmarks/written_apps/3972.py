from math import isqrt


def find_next_square(sq):
    root = isqrt(sq)
    if root * root != sq:
        return -1
    return (root + 1) ** 2
