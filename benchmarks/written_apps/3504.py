def power_mod(b, e, m):
    result = 1 % m
    base = b % m
    while e > 0:
        if e & 1:
            result = result * base % m
        base = base * base % m
        e >>= 1
    return result
