from itertools import count


def fold_to(distance):
    if distance < 0:
        return None
    thickness = 0.0001
    for folds in count():
        if thickness >= distance:
            return folds
        thickness *= 2
