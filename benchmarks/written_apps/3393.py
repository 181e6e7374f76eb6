import math


def list_squared(m, n):
    sums = [0] * (n + 1)
    for d in range(1, n + 1):
        square = d * d
        for multiple in range(d, n + 1, d):
            sums[multiple] += square
    result = []
    for k in range(m, n + 1):
        root = math.isqrt(sums[k])
        if root * root == sums[k]:
            result += [[k, sums[k]]]
    return result
