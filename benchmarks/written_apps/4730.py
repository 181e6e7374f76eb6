def _is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def prime_bef_aft(num):
    before = num - 1
    while not _is_prime(before):
        before -= 1
    after = num + 1
    while not _is_prime(after):
        after += 1
    return [before, after]
