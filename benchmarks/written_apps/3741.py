def vector_affinity(a, b):
    longest = len(a) if len(a) > len(b) else len(b)
    if longest == 0:
        return 1.0
    same = sum(1 for x, y in zip(a, b) if x == y)
    return same / longest
