def replace_zero(arr):
    n = len(arr)
    left = [0] * n  # ones immediately to the left of each index
    for i in range(1, n):
        left[i] = left[i - 1] + 1 if arr[i - 1] == 1 else 0
    right = [0] * n
    for i in range(n - 2, -1, -1):
        right[i] = right[i + 1] + 1 if arr[i + 1] == 1 else 0
    best_index, best_len = -1, -1
    for i in range(n):
        if arr[i] == 0 and left[i] + right[i] + 1 >= best_len:
            best_index, best_len = i, left[i] + right[i] + 1
    return best_index
