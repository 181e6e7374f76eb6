def find_missing_numbers(arr):
    if not arr:
        return []
    present = set(arr)
    return [x for x in range(arr[0], arr[-1] + 1) if x not in present]
