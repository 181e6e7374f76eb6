def padovan(n):
    a, b, c = 1, 1, 1
    for _ in range(n):
        a, b, c = b, c, a + b
    return a
