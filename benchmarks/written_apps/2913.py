def x(n):
    rows = []
    for i in range(n):
        row = ""
        for j in range(n):
            row += "\u25a0" if j == i or j == n - 1 - i else "\u25a1"
        rows += [row]
    return "\n".join(rows)
