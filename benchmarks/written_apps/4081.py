def first_tooth(array):
    n = len(array)
    best_index, best, ties = -1, None, 0
    for i in range(n):
        d = 0
        if i > 0:
            d += array[i] - array[i - 1]
        if i < n - 1:
            d += array[i] - array[i + 1]
        if best is None or d > best:
            best_index, best, ties = i, d, 1
        elif d == best:
            ties += 1
    return best_index if ties == 1 else -1
