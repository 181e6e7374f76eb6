def duplicates(arr):
    return sum(arr.count(v) // 2 for v in set(arr))
