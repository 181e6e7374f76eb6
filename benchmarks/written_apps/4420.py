def prime_factor_sum(n):
    total = 0
    p = 2
    while p * p <= n:
        while n % p == 0:
            total += p
            n //= p
        p += 1
    if n > 1:
        total += n
    return total


def mult_primefactor_sum(a, b):
    result = []
    for n in range(a, b + 1):
        if n == 1:
            result += [1]
            continue
        s = prime_factor_sum(n)
        if s != n and n % s == 0:
            result += [n]
    return result
