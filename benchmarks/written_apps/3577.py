def fib_pair(n):
    """Return (F(n), F(n + 1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2:
        return d, c + d
    return c, d


def fib_digits(n):
    counts = [0] * 10
    for ch in str(fib_pair(n)[0]):
        counts[int(ch)] += 1
    return sorted(((counts[d], d) for d in range(10) if counts[d]), reverse=True)
