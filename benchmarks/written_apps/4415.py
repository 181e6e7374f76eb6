import math


def proc_arr(arr):
    counts = {}
    for d in arr:
        counts[d] = counts[d] + 1 if d in counts else 1
    total = math.perm(len(arr))
    for d in counts:
        total //= math.perm(counts[d])
    ordered = sorted(arr)
    lowest = int("".join(ordered))
    highest = int("".join(ordered[::-1]))
    return [total, lowest, highest]
