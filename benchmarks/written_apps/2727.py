def missing_alphabets(s):
    counts = {}
    for c in s:
        counts[c] = counts.setdefault(c, 0) + 1
    sets = 0
    for c in counts:
        if counts[c] > sets:
            sets = counts[c]
    out = ""
    for c in "abcdefghijklmnopqrstuvwxyz":
        have = counts[c] if c in counts else 0
        out += c * (sets - have)
    return out
