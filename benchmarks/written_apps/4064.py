def count_by(x, n):
    return [x * i for i in range(1, n + 1)]
