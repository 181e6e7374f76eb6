from itertools import takewhile


def shift_left(a, b):
    common = sum(1 for _ in takewhile(lambda pair: pair[0] == pair[1], zip(a[::-1], b[::-1])))
    return len(a) + len(b) - 2 * common
