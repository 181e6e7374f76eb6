def a(n):
    if n < 4:
        return ""
    if n % 2:
        n -= 1
    width = 2 * n - 1
    rows = []
    for i in range(n):
        if i == 0:
            core = "A"
        elif i == n // 2:
            core = " ".join("A" for _ in range(i + 1))
        else:
            core = "A" + " " * (2 * i - 1) + "A"
        rows += [core.center(width)]
    return "\n".join(rows)
