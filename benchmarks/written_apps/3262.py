def group_cities(seq):
    groups = {}
    for city in set(seq):
        folded = city.casefold()
        key = sorted(folded[i:] + folded[:i] for i in range(len(folded) or 1))[0]
        groups.setdefault(key, [])
        groups[key] += [city]
    result = [sorted(groups[key]) for key in groups]
    return sorted(result, key=lambda g: (-len(g), g[0]))
