def solve(arr):
    groups = {}
    for i in range(len(arr)):
        group = groups.setdefault(frozenset(arr[i]), [])
        group += [i]
    return sorted(sum(groups[key]) for key in groups if len(groups[key]) > 1)
