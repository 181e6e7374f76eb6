import math


def coprimes(n):
    return [k for k in range(1, n) if math.gcd(n, k) == 1]
