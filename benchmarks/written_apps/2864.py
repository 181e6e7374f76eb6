def _counts(xs):
    counts = {}
    for x in xs:
        counts[x] = (counts[x] if x in counts else 0) + 1
    return counts


def merge_arrays(a, b):
    ca = _counts(a)
    cb = _counts(b)
    return sorted(
        x for x in set(a).union(b)
        if x not in ca or x not in cb or ca[x] == cb[x]
    )
