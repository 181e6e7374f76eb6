def pattern(n):
    rows = []
    for length in range(1, n + 1):
        rows += ["".join(str(k) for k in range(n, n - length, -1))]
    return "\n".join(rows)
