def solve(n, k):
    kept = []
    for d in str(n):
        while k and kept and kept[-1] > d:
            kept.pop()
            k -= 1
        kept += [d]
    if k:
        kept = kept[:-k]
    return "".join(kept)
