def mult_triangle(n):
    total = (n * (n + 1) // 2) ** 2
    odd = 0
    for k in range(1, n + 1, 2):
        odd += k * (((k + 1) // 2) ** 2 + ((k - 1) // 2) ** 2)
    return [total, total - odd, odd]
