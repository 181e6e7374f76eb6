from itertools import takewhile


def locker_run(lockers):
    squares = (i * i for i in range(1, lockers + 1))
    return list(takewhile(lambda square: square <= lockers, squares))
