def pattern(n):
    if n <= 0:
        return ""
    digits = "".join(str(k % 10) for k in range(1, n + 1))
    width = 2 * n - 1
    rows = [(" " * (n - 1 - i) + digits).ljust(width) for i in range(n)]
    return "\n".join(rows)
