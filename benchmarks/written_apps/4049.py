def monkey_count(n):
    return list(range(1, n + 1))
