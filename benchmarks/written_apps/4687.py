def decomp(n):
    sieve = [True] * (n + 1)
    parts = []
    for p in range(2, n + 1):
        if not sieve[p]:
            continue
        for multiple in range(p * p, n + 1, p):
            sieve[multiple] = False
        exponent = 0
        power = p
        while power <= n:
            exponent += n // power
            power *= p
        parts += [str(p) if exponent == 1 else f"{p}^{exponent}"]
    return " * ".join(parts)
