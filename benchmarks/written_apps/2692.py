def bubble(l):
    items = list(l)
    snapshots = []
    for end in range(len(items) - 1, 0, -1):
        for i in range(end):
            if items[i] > items[i + 1]:
                items[i], items[i + 1] = items[i + 1], items[i]
                snapshots += [list(items)]
    return snapshots
