import math

LIMIT = 500000


def prime_sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for p in range(2, math.isqrt(limit) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = [False] * len(range(p * p, limit + 1, p))
    return [n for n in range(limit + 1) if is_prime[n]]


PRIMES = prime_sieve(LIMIT)
PRIME_SET = set(PRIMES)


def solve(a, b):
    total = 0
    for position in range(len(PRIMES)):
        prime = PRIMES[position]
        if prime > b:
            break
        if prime >= a and position + 1 in PRIME_SET:
            total += prime
    return total
