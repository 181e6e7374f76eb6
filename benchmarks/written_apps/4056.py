def leaderboard_sort(leaderboard, changes):
    board = list(leaderboard)
    for change in changes:
        name, delta = change.rsplit(" ", 1)
        position = 0
        while board[position] != name:
            position += 1
        board.pop(position)
        board.insert(position - int(delta), name)
    return board
