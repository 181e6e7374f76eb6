from itertools import cycle


def stringy(size):
    return "".join(c for _, c in zip(range(size), cycle("10")))
