def segments(m, a):
    covered = {x for left, right in a for x in range(left, right + 1)}
    return [x for x in range(m + 1) if x not in covered]
