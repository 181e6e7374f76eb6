def create_array(n):
    return list(range(1, n + 1))
