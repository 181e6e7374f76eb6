def is_prime(k):
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True


def build(limit):
    values = []
    k = 1
    while len(values) <= limit:
        digits = str(k)
        if not ("2" in digits or "3" in digits or "5" in digits or "7" in digits) and not is_prime(k):
            values += [k]
        k += 1
    return values


SEQUENCE = build(3000)


def solve(n):
    global SEQUENCE
    if n >= len(SEQUENCE):
        SEQUENCE = build(n)
    return SEQUENCE[n]
