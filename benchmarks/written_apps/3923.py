from bisect import bisect_right


def micro_world(bacteria, k):
    ordered = sorted(bacteria)
    remaining = 0
    for b in ordered:
        i = bisect_right(ordered, b)
        if i == len(ordered) or ordered[i] > b + k:
            remaining += 1
    return remaining
