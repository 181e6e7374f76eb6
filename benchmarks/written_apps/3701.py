from math import gcd


def lcm(*args):
    result = 1
    for x in args:
        if x == 0:
            return 0
        result = result * x // gcd(result, x)
    return result
