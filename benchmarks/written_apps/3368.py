import math


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


def circular_prime(n):
    digits = str(n)
    for shift in range(len(digits)):
        if not is_prime(int(digits[shift:] + digits[:shift])):
            return False
    return True
