SIZE = 4


def all_lines():
    lines = set()
    directions = [(dx, dy, dz) for dx in (-1, 0, 1) for dy in (-1, 0, 1) for dz in (-1, 0, 1)
                  if (dx, dy, dz) != (0, 0, 0)]
    for x in range(SIZE):
        for y in range(SIZE):
            for z in range(SIZE):
                for dx, dy, dz in directions:
                    end = (x + 3 * dx, y + 3 * dy, z + 3 * dz)
                    # a straight line stays on the board when both of its ends do
                    if 0 <= end[0] < SIZE and 0 <= end[1] < SIZE and 0 <= end[2] < SIZE:
                        lines |= {frozenset((x + k * dx, y + k * dy, z + k * dz)
                                            for k in range(SIZE))}
    return lines


LINES = all_lines()


def play_OX_3D(moves):
    board = {}
    for turn in range(len(moves)):
        player = "O" if turn % 2 == 0 else "X"
        cell = tuple(moves[turn])
        board[cell] = player
        for line in LINES:
            if cell in line:
                owned = sum(1 for other in line if other in board and board[other] == player)
                if owned == SIZE:
                    return f"{player} wins after {turn + 1} moves"
    return "No winner"
