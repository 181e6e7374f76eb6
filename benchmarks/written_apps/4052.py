import math


def get_num(arr):
    n = math.prod(arr)
    exponents = {}
    for p in arr:
        exponents[p] = exponents[p] + 1 if p in exponents else 1
    divisors = 1
    for p in exponents:
        divisors *= exponents[p] + 1
    smallest = sorted(arr)[0]
    return [n, divisors - 1, smallest, n // smallest]
