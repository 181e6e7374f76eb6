FLIP = {"Right": "Left", "Left": "Right"}


def solve(arr):
    turns, roads = [], []
    for step in arr:
        turn, road = step.split(" on ", 1)
        turns += [turn]
        roads += [road]
    result = ["Begin on " + roads[-1]]
    for i in range(len(arr) - 1, 0, -1):
        result += [FLIP[turns[i]] + " on " + roads[i - 1]]
    return result
