import math


def per(n):
    steps = []
    while n >= 10:
        n = math.prod(int(d) for d in str(n))
        steps += [n]
    return steps
