def _primes_upto(limit):
    sieve = bytearray([1]) * (limit + 2)
    sieve[0] = sieve[1] = 0
    for p in range(2, int(limit ** 0.5) + 1):
        if sieve[p]:
            sieve[p * p::p] = bytearray(len(range(p * p, limit + 2, p)))
    return sieve


def primes_a_p(lower_limit, upper_limit):
    sieve = _primes_upto(upper_limit)
    primes = [p for p in range(lower_limit if lower_limit > 2 else 2, upper_limit + 1) if sieve[p]]
    result = []
    for i in range(len(primes)):
        a = primes[i]
        for b in primes[i + 1:]:
            d = b - a
            if a + 5 * d > upper_limit:
                break
            if all(sieve[a + j * d] for j in range(2, 6)):
                result += [[a + j * d for j in range(6)]]
    return result
