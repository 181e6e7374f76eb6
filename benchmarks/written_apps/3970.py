def odd_row(n):
    first = n * (n - 1) + 1
    return [first + 2 * i for i in range(n)]
