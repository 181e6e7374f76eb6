def median(arr):
    if not arr:
        return float("nan")
    ordered = sorted(arr)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2
