def match_arrays(v, r):
    return sum(1 for x in v if x in r)
