def cake_slice(n):
    return n * (n + 1) // 2 + 1
