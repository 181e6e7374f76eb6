from itertools import islice


def elevator_distance(array):
    total = 0
    for a, b in zip(array, islice(array, 1, None)):
        total += a - b if a > b else b - a
    return total
