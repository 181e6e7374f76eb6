def duplicate_count(text):
    counts = {}
    for ch in text.casefold():
        counts[ch] = counts[ch] + 1 if ch in counts else 1
    return sum(1 for ch in counts if counts[ch] > 1)
