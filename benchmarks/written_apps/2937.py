def between(a, b):
    return list(range(a, b + 1))
