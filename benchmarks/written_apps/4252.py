def merge_arrays(first, second):
    return sorted(set(first) | set(second))
