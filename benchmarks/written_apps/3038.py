def solve(st):
    first = {}
    last = {}
    for i in range(len(st)):
        ch = st[i]
        if ch not in first:
            first[ch] = i
        last[ch] = i
    best = None
    for ch in sorted(first):
        value = last[ch] - first[ch]
        if best is None or value > last[best] - first[best]:
            best = ch
    return best
