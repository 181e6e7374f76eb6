def find_the_missing_tree(trees):
    counts = {}
    for size in trees:
        counts[size] = counts.setdefault(size, 0) + 1
    return sorted(counts, key=lambda size: counts[size])[0]
