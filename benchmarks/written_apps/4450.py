def consecutive(arr):
    if not arr:
        return 0
    ordered = sorted(arr)
    return ordered[-1] - ordered[0] + 1 - len(arr)
