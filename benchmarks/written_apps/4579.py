def pattern(n):
    if n < 1:
        return ""
    rows = []
    for i in range(n):
        prefix = "".join(str((n - j) % 10) for j in range(i + 1))
        rows += [prefix.ljust(n, str((n - i) % 10))]
    return "\n".join(rows)
