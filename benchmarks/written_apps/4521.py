def numberOfSteps(steps, m):
    fewest = (steps + 1) // 2
    moves = (fewest + m - 1) // m * m
    return moves if moves <= steps else -1
