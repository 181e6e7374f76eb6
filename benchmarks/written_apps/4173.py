import copy


def ant(grid, column, row, n, direction=0):
    g = copy.deepcopy(grid)
    moves = [(-1, 0), (0, 1), (1, 0), (0, -1)]
    r, c, d = row, column, direction
    for _ in range(n):
        if g[r][c] == 1:
            d = (d + 1) % 4
            g[r][c] = 0
        else:
            d = (d + 3) % 4
            g[r][c] = 1
        dr, dc = moves[d]
        r += dr
        c += dc
        width = len(g[0])
        if r < 0:
            g = [[0] * width] + g
            r = 0
        elif r >= len(g):
            g = g + [[0] * width]
        if c < 0:
            g = [[0] + line for line in g]
            c = 0
        elif c >= width:
            g = [line + [0] for line in g]
    return g
