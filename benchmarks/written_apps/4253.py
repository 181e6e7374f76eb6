def solve(n, k):
    base = k * (k + 1) // 2
    best = 0
    d = 1
    while d * d <= n:
        if n % d == 0:
            for div in (d, n // d):
                if n // div >= base and div > best:
                    best = div
        d += 1
    if best == 0:
        return []
    result = [best * i for i in range(1, k)]
    return result + [n - best * (k - 1) * k // 2]
