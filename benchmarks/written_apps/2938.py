def pattern(n):
    if n <= 0:
        return ""
    width = 2 * n - 1
    rows = []
    for i in range(1, n + 1):
        left = ''.join(str(k % 10) for k in range(1, i + 1))
        rows += [(left + left[:-1][::-1]).center(width)]
    return '\n'.join(rows)
