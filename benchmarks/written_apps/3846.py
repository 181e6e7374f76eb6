def f(k, n):
    values = [1] * (n + 1)
    for i in range(1, n + 1):
        values[i] = values[i - 1] + values[i // k]
    return values[n]
