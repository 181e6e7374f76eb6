def solve(a, b):
    p = 2
    while p * p <= b:
        if b % p == 0:
            if a % p:
                return False
            while b % p == 0:
                b //= p
        p += 1
    return b == 1 or a % b == 0
