def sierpinski(n):
    rows = ["*"]
    for _ in range(n):
        padding = " " * len(rows)
        rows = [padding + row + padding for row in rows] + [row + " " + row for row in rows]
    return "\n".join(rows)
