def is_isogram(word):
    if type(word) is not str:
        return False
    counts = {}
    for c in word.lower():
        if "a" <= c <= "z":
            counts[c] = counts[c] + 1 if c in counts else 1
    return len(counts) > 0 and len(set(counts[c] for c in counts)) == 1
