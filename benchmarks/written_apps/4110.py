def matrixfy(st):
    if not st:
        return "name must be at least one letter"
    side = 1
    while side * side < len(st):
        side += 1
    padded = st + "." * (side * side - len(st))
    return [list(padded[i:i + side]) for i in range(0, side * side, side)]
