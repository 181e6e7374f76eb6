def highest_rank(arr):
    counts = {}
    for x in arr:
        counts[x] = counts[x] + 1 if x in counts else 1
    return max(counts, key=lambda x: (counts[x], x))
