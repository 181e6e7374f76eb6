from itertools import dropwhile


def first_non_consecutive(arr):
    pairs = zip(arr, arr[1:])
    for previous, current in dropwhile(lambda pair: pair[1] - pair[0] == 1, pairs):
        return current
    return None
