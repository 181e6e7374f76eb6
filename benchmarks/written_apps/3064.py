def transpose(arr):
    if arr and not arr[0]:
        # rows without columns: keep a single empty row
        return [[]]
    return [list(column) for column in zip(*arr)]
