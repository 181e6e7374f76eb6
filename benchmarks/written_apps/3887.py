def pattern(n):
    if n < 1:
        return ""
    width = 3 * n - 2
    top = [(str(k % 10) * n).center(width) for k in range(1, n)]
    left = "".join(str(k % 10) for k in range(1, n))
    middle = left + str(n % 10) * n + left[::-1]
    rows = top + [middle] * n + top[::-1]
    return "\n".join(rows)
