def find_smallest_int(arr):
    return min(arr)
