def f(n):
    result = 1
    p = 2
    while p * p <= n:
        k = 0
        while n % p == 0:
            n //= p
            k += 1
        if k > 1:
            result *= k * p ** (k - 1)
        p += 1
    return result
