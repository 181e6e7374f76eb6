def is_nice(arr):
    if not arr:
        return False
    values = set(arr)
    for n in arr:
        if n - 1 not in values and n + 1 not in values:
            return False
    return True
