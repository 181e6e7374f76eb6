def is_prime(k):
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True


def odd_not_prime(n):
    return sum(1 for k in range(1, n + 1, 2) if not is_prime(k))
