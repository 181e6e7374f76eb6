from collections import deque


def reorder(a, b):
    half = a // 2
    result = []
    for lo, hi in ((0, half), (half, a)):
        d = deque(range(lo, hi))
        d.rotate(b)
        result += [list(d)]
    return result
