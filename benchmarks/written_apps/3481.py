def get_char_count(s):
    counts = {}
    for ch in s.lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            counts[ch] = counts[ch] + 1 if ch in counts else 1
    grouped = {}
    for ch in sorted(counts, key=lambda c: (-counts[c], c)):
        if counts[ch] not in grouped:
            grouped[counts[ch]] = []
        grouped[counts[ch]] += [ch]
    return grouped
