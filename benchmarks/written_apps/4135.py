def solve(s):
    counts = {}
    for ch in s:
        counts[ch] = counts[ch] + 1 if ch in counts else 1
    for ch in counts:
        counts[ch] -= 1
        remaining = {c for c in counts.values() if c > 0}
        counts[ch] += 1
        if len(remaining) <= 1:
            return True
    return False
