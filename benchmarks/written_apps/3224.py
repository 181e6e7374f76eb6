def binary_pyramid(m, n):
    total = sum(int(f"{k:b}") for k in range(m, n + 1))
    return f"{total:b}"
