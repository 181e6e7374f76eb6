def is_centered(arr, n):
    size = len(arr)
    for k in range(size // 2 + 1):
        if sum(arr[k:size - k]) == n:
            return True
    return False
