def are_similar(a, b):
    mismatched = [(x, y) for x, y in zip(a, b) if x != y]
    if not mismatched:
        return True
    if len(mismatched) != 2:
        return False
    (x1, y1), (x2, y2) = mismatched
    return x1 == y2 and x2 == y1
