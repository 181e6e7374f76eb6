def mysterious_pattern(m, n):
    fib = []
    a, b = 1, 1
    for _ in range(m):
        fib = fib + [a]
        a, b = b, a + b
    rows = []
    for r in range(n):
        line = "".join("o" if f % n == r else " " for f in fib)
        rows = rows + [line.rstrip()]
    start = 0
    while start < len(rows) and rows[start] == "":
        start += 1
    end = len(rows)
    while end > start and rows[end - 1] == "":
        end -= 1
    return "\n".join(rows[start:end])
