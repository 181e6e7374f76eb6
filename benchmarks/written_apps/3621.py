from bisect import bisect_right


def primes_below(n):
    sieve = bytearray([1]) * n
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(range(i * i, n, i)))
    return sieve, [i for i in range(n) if sieve[i]]


def prime_maxlength_chain(n):
    is_prime, primes = primes_below(n)
    prefix = [0]
    for p in primes:
        prefix += [prefix[-1] + p]
    longest = bisect_right(prefix, n - 1) - 1
    for length in range(longest, 0, -1):
        found = []
        start = 0
        while start + length < len(prefix) and prefix[start + length] - prefix[start] < n:
            total = prefix[start + length] - prefix[start]
            if is_prime[total]:
                found += [total]
            start += 1
        if found:
            return sorted(found)
    return []
