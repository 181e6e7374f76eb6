def add(*args):
    total = 0
    position = 1
    for value in args:
        total += value / position
        position += 1
    return round(total)
