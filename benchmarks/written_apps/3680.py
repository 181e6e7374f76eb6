import math


def factorial(n):
    if n < 0:
        return None
    return math.factorial(n)
