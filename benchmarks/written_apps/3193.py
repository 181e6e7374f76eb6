def stairs(n):
    if n < 1:
        return ' '
    width = 4 * n - 1
    rows = []
    for i in range(1, n + 1):
        digits = [str(k % 10) for k in range(1, i + 1)]
        rows += [' '.join(digits + digits[::-1]).rjust(width)]
    return '\n'.join(rows)
