def get_score(n):
    return 25 * n * (n + 1)
