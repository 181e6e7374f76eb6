def rank(c):
    if "a" <= c <= "z":
        return (0, c)
    if "A" <= c <= "Z":
        return (1, c)
    return (2, c)


def blocks(s):
    counts = {}
    for c in s:
        counts[c] = counts[c] + 1 if c in counts else 1
    ordered = sorted(counts, key=rank)
    result = []
    level = 1
    while True:
        block = "".join(c for c in ordered if counts[c] >= level)
        if not block:
            break
        result += [block]
        level += 1
    return "-".join(result)
