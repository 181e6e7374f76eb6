def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def main():
    t = int(input())
    out = []
    for _ in range(t):
        n = int(input())
        v = n
        while not is_prime(v):
            v -= 1
        u = n + 1
        while not is_prime(u):
            u += 1
        # sum telescopes: 1/2 - 1/v for primes below v, plus (n - v + 1) / (v * u)
        num = (v - 2) * u + 2 * (n - v + 1)
        den = 2 * v * u
        g = gcd(num, den)
        out += [str(num // g) + "/" + str(den // g)]
    print("\n".join(out))


main()
