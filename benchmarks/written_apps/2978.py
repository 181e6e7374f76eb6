def count_sel(lst):
    counts = {}
    for x in lst:
        counts[x] = counts[x] + 1 if x in counts else 1
    singles = sum(1 for x in counts if counts[x] == 1)
    top = max(counts[x] for x in counts) if counts else 0
    most = sorted(x for x in counts if counts[x] == top)
    return [len(lst), len(counts), singles, [most, top]]
