def solve(a, b):
    counts = {}
    for ch in a:
        counts[ch] = counts[ch] + 1 if ch in counts else 1
    for ch in b:
        if ch not in counts or counts[ch] == 0:
            return 0
        counts[ch] -= 1
    return len(a) - len(b)
