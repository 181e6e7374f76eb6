def rounding(n, m):
    r = n % m
    if 2 * r == m:
        return n
    if 2 * r < m:
        return n - r
    return n - r + m
