def solve(arr):
    lo = hi = 1
    for sub in arr:
        candidates = sorted(p * x for p in (lo, hi) for x in sub)
        lo, hi = candidates[0], candidates[-1]
    return hi
