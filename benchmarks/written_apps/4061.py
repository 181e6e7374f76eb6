from math import gcd


def count_ones(n):
    ones = 1
    a = 7
    for k in range(2, n + 1):
        step = gcd(k, a)
        a += step
        if step == 1:
            ones += 1
    return ones
