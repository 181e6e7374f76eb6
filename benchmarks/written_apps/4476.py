def is_prime(m):
    if m < 2:
        return False
    if m % 2 == 0:
        return m == 2
    d = 3
    while d * d <= m:
        if m % d == 0:
            return False
        d += 2
    return True


def even_digits(m):
    return sum(1 for c in str(m) if c in "02468")


def upper_bound(m):
    """Most even digits any odd number <= m can have."""
    s = str(m)
    d = len(s)
    best = d - 2
    prefix_even = 0
    for i in range(d):
        low = 1 if i == 0 else 0
        digit = int(s[i])
        if i < d - 1 and digit > low:
            even_smaller = any(x % 2 == 0 for x in range(low, digit))
            candidate = prefix_even + even_smaller + (d - i - 2)
            if candidate > best:
                best = candidate
        if digit % 2 == 0:
            prefix_even += 1
    if prefix_even > best:
        best = prefix_even
    return best


def f(n):
    best, best_count = None, -1
    m = n - 1
    while m >= 2 and best_count < upper_bound(m):
        if is_prime(m):
            count = even_digits(m)
            if count > best_count:
                best, best_count = m, count
        m -= 1
    return best
