from functools import reduce


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def smallest(n):
    return reduce(lambda acc, k: acc * k // gcd(acc, k), range(1, n + 1), 1)
