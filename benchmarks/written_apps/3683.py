def letter_count(s):
    counts = {}
    for ch in s:
        if "a" <= ch <= "z":
            counts[ch] = counts.get(ch, 0) + 1
    return counts
