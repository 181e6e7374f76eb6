def generate_integers(m, n):
    return list(range(m, n + 1))
