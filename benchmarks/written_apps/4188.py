def find_dup(arr):
    n = len(arr)
    return sum(arr) - (n - 1) * n // 2
