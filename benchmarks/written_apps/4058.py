def pattern(n):
    if n < 1:
        return ""
    width = 2 * n - 1
    rows = []
    for i in range(width):
        k = i if i < n else width - 1 - i
        d = str((k + 1) % 10)
        if k == n - 1:
            line = ' ' * k + d
        else:
            line = ' ' * k + d + ' ' * (width - 2 - 2 * k) + d
        rows += [line.ljust(width)]
    return '\n'.join(rows)
