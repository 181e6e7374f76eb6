def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def mn_lcm(m, n):
    lo, hi = (m, n) if m <= n else (n, m)
    result = 1
    for k in range(lo, hi + 1):
        result = result * k // gcd(result, k)
    return result
