from itertools import starmap


def min_sum(arr):
    s = sorted(arr)
    half = len(s) // 2
    return sum(starmap(lambda x, y: x * y, zip(s[:half], s[::-1][:half])))
