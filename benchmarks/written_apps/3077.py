def pattern(n):
    rows = []
    for start in range(1, n + 1):
        rows += ["".join(str(k) for k in range(start, n + 1))]
    return "\n".join(rows)
