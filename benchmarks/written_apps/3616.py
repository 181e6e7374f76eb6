def prime_primes(N):
    primes = [p for p in range(2, N) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
    count = 0
    total = 0.0
    for i in range(len(primes)):
        for j in range(i + 1, len(primes)):
            count += 1
            total += primes[i] / primes[j]
    return [count, int(total)]
