def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def solve(x, y):
    found = 0
    power2 = 1
    while power2 + 1 < y:
        value = power2
        while value + 1 < y:
            if value + 1 >= x and is_prime(value + 1):
                found += 1
            value *= 3
        power2 *= 2
    return found
