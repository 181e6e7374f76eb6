def get_exponent(n, p):
    if p <= 1:
        return None
    if n == 0:
        return None
    x = 0
    while n % p == 0:
        n //= p
        x += 1
    return x
