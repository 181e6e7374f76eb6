import math


def sum_arrangements(num):
    digits = str(num)
    n = len(digits)
    digit_total = sum(int(d) for d in digits)
    repunit = (10 ** n - 1) // 9
    return math.factorial(n - 1) * digit_total * repunit
