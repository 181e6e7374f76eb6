def reduce_pyramid(base):
    n = len(base) - 1
    total = 0
    coefficient = 1
    for k in range(n + 1):
        total += coefficient * base[k]
        coefficient = coefficient * (n - k) // (k + 1)
    return total
