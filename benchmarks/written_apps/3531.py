def _is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def valid_mersenne(n):
    if not _is_prime(n):
        return False
    if n == 2:
        return True
    m = (1 << n) - 1
    s = 4
    for _ in range(n - 2):
        s = (s * s - 2) % m
    return s == 0
