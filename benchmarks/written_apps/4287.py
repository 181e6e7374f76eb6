import math


def get_participants(h):
    people = math.ceil((1 + (1 + 8 * h) ** 0.5) / 2)
    while people * (people - 1) // 2 < h:
        people += 1
    while people > 1 and (people - 1) * (people - 2) // 2 >= h:
        people -= 1
    return people
