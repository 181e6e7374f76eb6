def sum_no_duplicates(l):
    seen = {}
    for x in l:
        seen[x] = seen.get(x, 0) + 1
    return sum(x for x in seen if seen[x] == 1)
