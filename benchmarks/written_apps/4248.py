def solve(files):
    counts = {}
    for name in files:
        ext = "." + name.rsplit(".", 1)[1]
        counts.setdefault(ext, 0)
        counts[ext] += 1
    if not counts:
        return []
    best = max(counts[e] for e in counts)
    return sorted(e for e in counts if counts[e] == best)
