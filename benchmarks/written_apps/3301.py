def even_fib(m):
    total = 0
    a, b = 0, 1
    while a < m:
        if a % 2 == 0:
            total += a
        a, b = b, a + b
    return total
