def display_board(board, width):
    rows = []
    for start in range(0, len(board), width):
        cells = board[start:start + width]
        rows += ["|".join(" {} ".format(cell) for cell in cells)]
    return ("\n" + "-" * (4 * width - 1) + "\n").join(rows)
