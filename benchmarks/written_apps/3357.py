def find_dup(arr):
    n = len(arr) - 1
    return sum(arr) - n * (n + 1) // 2
