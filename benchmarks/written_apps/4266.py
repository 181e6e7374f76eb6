from operator import mul


def min_dot(a, b):
    xs = sorted(a)
    ys = sorted(b)[::-1]
    return sum(mul(x, y) for x, y in zip(xs, ys))
