def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def goldbach(n):
    return [[p, n - p] for p in range(2, n // 2 + 1) if is_prime(p) and is_prime(n - p)]
