def lcm_cardinality(n):
    ordered = 1
    p = 2
    while p * p <= n:
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        ordered *= 2 * e + 1
        p += 1
    if n > 1:
        ordered *= 3
    return (ordered + 1) // 2
