def shifted_diff(first, second):
    if len(first) != len(second):
        return -1
    n = len(first)
    for k in range(n if n else 1):
        if first[n - k:] + first[:n - k] == second:
            return k
    return -1
