def find_key(key):
    n = int(key, 16)
    p = 2
    while p * p <= n:
        if n % p == 0:
            return (p - 1) * (n // p - 1)
        p += 1
    return None
