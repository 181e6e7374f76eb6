from itertools import chain


def lostSheep(friday, saturday, total):
    returned = 0
    for group in chain(friday, saturday):
        returned += group
    return total - returned
