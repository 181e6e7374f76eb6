def sum_dig_pow(a, b):
    result = []
    for n in range(a, b + 1):
        total = 0
        for i, d in zip(range(1, 30), str(n)):
            total += int(d) ** i
        if total == n:
            result += [n]
    return result
