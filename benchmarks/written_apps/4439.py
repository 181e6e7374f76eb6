def count_divisors(n):
    if n == 0:
        return 0
    count = 0
    d = 1
    while d * d <= n:
        if n % d == 0:
            count += 1 if d * d == n else 2
        d += 1
    return count


def div_num(a, b):
    if a > b:
        return "Error"
    best, best_count = a, -1
    for n in range(a, b + 1):
        c = count_divisors(n)
        if c > best_count:
            best, best_count = n, c
    return best
