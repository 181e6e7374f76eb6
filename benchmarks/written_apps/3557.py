def odd_count(n):
    return n // 2
