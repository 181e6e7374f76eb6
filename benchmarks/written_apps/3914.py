import statistics


def dominator(arr):
    if not arr:
        return -1
    candidate = statistics.mode(arr)
    occurrences = sum(1 for x in arr if x == candidate)
    return candidate if 2 * occurrences > len(arr) else -1
