def multiples(m, n):
    return [n * i for i in range(1, m + 1)]
