MOVES = [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]


def possible_positions(pos):
    col = "abcdefgh".index(pos[0])
    row = int(pos[1])
    result = []
    for dc, dr in MOVES:
        c, r = col + dc, row + dr
        if 0 <= c < 8 and 1 <= r <= 8:
            result += ["abcdefgh"[c] + str(r)]
    return sorted(result)
