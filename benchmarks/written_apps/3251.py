def primeFactors(n):
    parts = ""
    p = 2
    while p * p <= n:
        k = 0
        while n % p == 0:
            n //= p
            k += 1
        if k:
            parts += f"({p}**{k})" if k > 1 else f"({p})"
        p += 1
    if n > 1:
        parts += f"({n})"
    return parts
