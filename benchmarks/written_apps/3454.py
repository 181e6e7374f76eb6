from functools import reduce


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def candies_to_buy(n):
    return reduce(lambda acc, kids: acc * kids // gcd(acc, kids), range(1, n + 1), 1)
