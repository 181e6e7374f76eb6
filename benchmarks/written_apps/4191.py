import math


def persistence(n):
    steps = 0
    while n >= 10:
        n = math.prod(int(d) for d in str(n))
        steps += 1
    return steps
