def group_in_10s(*args):
    if not args:
        return []
    groups = [None] * (max(args) // 10 + 1)
    for x in sorted(args):
        if groups[x // 10] is None:
            groups[x // 10] = []
        groups[x // 10] += [x]
    return groups
