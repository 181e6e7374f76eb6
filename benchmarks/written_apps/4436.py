def S2N(m, n):
    total = 0
    for base in range(m + 1):
        for power in range(n + 1):
            total += base ** power
    return total
