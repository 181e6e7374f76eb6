def distance(p1, p2):
    if len(p1) != len(p2) or not p1:
        return -1
    return sum((a - b) ** 2 for a, b in zip(p1, p2)) ** 0.5
