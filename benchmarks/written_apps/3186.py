def similarity(a, b):
    sa = set(a)
    sb = set(b)
    return len(sa & sb) / len(sa.union(sb))
