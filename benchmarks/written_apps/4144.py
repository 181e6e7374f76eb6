from itertools import dropwhile


def _abundance(x):
    total = 1
    d = 2
    while d * d <= x:
        if x % d == 0:
            total += d
            e = x // d
            if e != d:
                total += e
        d += 1
    return total - x


def abundant(h):
    for x in dropwhile(lambda v: _abundance(v) <= 0, range(h, 11, -1)):
        return [[x], [_abundance(x)]]
