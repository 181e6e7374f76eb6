def bucketize(*arr):
    counts = {}
    for x in arr:
        counts[x] = (counts[x] if x in counts else 0) + 1
    groups = {}
    for x in sorted(counts):
        groups.setdefault(counts[x], [])
        groups[counts[x]] += [x]
    return [groups[i] if i in groups else None for i in range(len(arr) + 1)]
