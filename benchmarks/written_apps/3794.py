def nth_smallest(arr, n):
    distinct = sorted(set(arr))
    return distinct[n - 1] if n <= len(distinct) else None
