def pyramid(n):
    rows = []
    for i in range(n):
        fill = '_' if i == n - 1 else ' '
        body = '/' + fill * (2 * i) + '\\'
        rows += [body.rjust(n + i + 1)]
    return '\n'.join(rows) + '\n'
