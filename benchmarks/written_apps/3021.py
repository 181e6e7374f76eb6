FILES = "ABCDEFGH"
RANKS = "12345678"


def available_moves(position):
    if type(position) is not str or len(position) != 2:
        return []
    if position[0] not in FILES or position[1] not in RANKS:
        return []
    col, row = FILES.find(position[0]), RANKS.find(position[1])
    moves = []
    for dc, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)):
        c, r = col + dc, row + dr
        while 0 <= c < 8 and 0 <= r < 8:
            moves += [FILES[c] + RANKS[r]]
            c, r = c + dc, r + dr
    return sorted(moves)
