import bisect


def nth_smallest(arr, pos):
    ordered = []
    for value in arr:
        bisect.insort(ordered, value)
    return ordered[pos - 1]
