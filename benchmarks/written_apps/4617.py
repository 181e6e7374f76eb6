def powers_of_two(n):
    return [2 ** i for i in range(n + 1)]
