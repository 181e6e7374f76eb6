def skiponacci(n):
    a, b = 1, 1
    parts = []
    for i in range(n):
        parts += [str(a) if i % 2 == 0 else "skip"]
        a, b = b, a + b
    return " ".join(parts)
