def _cost(digits, a, b):
    rev = digits[::-1]
    if b not in rev:
        return None
    j = rev.index(b)
    rest = rev[:j] + rev[j + 1:]
    if a not in rest:
        return None
    i = rest.index(a)
    prefix = (rest[:i] + rest[i + 1:])[::-1]
    cost = i + j
    if not prefix:
        return cost if a != "0" else None
    for k in range(len(prefix)):
        if prefix[k] != "0":
            return cost + k
    return None


def solve(n):
    digits = list(str(n))
    best = -1
    for ending in ("00", "25", "50", "75"):
        c = _cost(digits, ending[0], ending[1])
        if c is not None and (best < 0 or c < best):
            best = c
    return best
