def make_triangle(m, n):
    count = n - m + 1
    rows = 0
    while rows * (rows + 1) // 2 < count:
        rows += 1
    if rows * (rows + 1) // 2 != count:
        return ""
    grid = [[None] * (r + 1) for r in range(rows)]
    moves = ((1, 1), (0, -1), (-1, 0))
    r = c = direction = 0
    for value in range(m, n + 1):
        grid[r][c] = value % 10
        for turn in range(3):
            dr, dc = moves[(direction + turn) % 3]
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc <= nr and grid[nr][nc] is None:
                direction = (direction + turn) % 3
                r, c = nr, nc
                break
    return "\n".join(" " * (rows - 1 - i) + " ".join(str(d) for d in grid[i])
                     for i in range(rows))
