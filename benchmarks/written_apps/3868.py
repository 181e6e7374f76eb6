def closest_sum(ints, num):
    best = None
    n = len(ints)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                s = ints[i] + ints[j] + ints[k]
                if best is None or abs(s - num) < abs(best - num):
                    best = s
    return best
