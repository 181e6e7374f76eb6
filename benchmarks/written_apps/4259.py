def pattern(n, x=1, *args):
    if n < 1:
        return ""
    if x < 1:
        x = 1
    width = 2 * n - 1
    rows = []
    for i in range(n):
        d = str((i + 1) % 10)
        gap = width - 2 * i - 2
        core = d + " " * gap + d if gap >= 0 else d
        row = core.center(width)
        rows += [row[:-1] * x + row[-1]]
    return "\n".join(rows + rows[-2::-1])
