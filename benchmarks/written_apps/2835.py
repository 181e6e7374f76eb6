from itertools import count


def _prime_string(length):
    parts = []
    total = 0
    primes = []
    for n in count(2):
        if total >= length:
            break
        is_prime = True
        for p in primes:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            primes += [n]
            s = str(n)
            parts += [s]
            total += len(s)
    return "".join(parts)


def solve(a, b):
    return _prime_string(a + b)[a:a + b]
