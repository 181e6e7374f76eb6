from array import array


def summationOfPrimes(primes):
    n = primes
    if n < 2:
        return 0
    sieve = array("b", [1]) * (n + 1)
    sieve[0] = sieve[1] = 0
    i = 2
    while i * i <= n:
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = 0
        i += 1
    total = 0
    for k in range(n + 1):
        if sieve[k]:
            total += k
    return total
