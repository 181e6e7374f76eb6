def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def not_primes(a, b):
    result = []
    for n in range(a, b):
        if set(str(n)) <= set("2357") and not is_prime(n):
            result += [n]
    return result
