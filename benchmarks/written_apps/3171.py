from copy import deepcopy


def crashing_weights(weights):
    grid = deepcopy(weights)
    for r in range(1, len(grid)):
        above, row = grid[r - 1], grid[r]
        for c in range(len(row)):
            if above[c] > row[c]:
                row[c] += above[c]
    return grid[-1]
