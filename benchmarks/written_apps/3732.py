def is_madhav_array(arr):
    if len(arr) < 2:
        return False
    target = arr[0]
    start, size = 1, 2
    while start < len(arr):
        if start + size > len(arr):
            return False
        if sum(arr[start:start + size]) != target:
            return False
        start += size
        size += 1
    return True
