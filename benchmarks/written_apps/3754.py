def _is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def prime_product(n):
    for p in range(n // 2, 1, -1):
        if _is_prime(p) and _is_prime(n - p):
            return p * (n - p)
    return 0
