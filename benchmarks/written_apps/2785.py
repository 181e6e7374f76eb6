import math


def parameter(n):
    digits = [int(d) for d in str(n)]
    product = 1
    for d in digits:
        product *= d
    return math.lcm(sum(digits), product)
