def group(arr):
    groups = {}
    for value in arr:
        if value in groups:
            groups[value] += [value]
        else:
            groups[value] = [value]
    return list(groups.values())
