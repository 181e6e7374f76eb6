def only_duplicates(string):
    counts = {}
    for ch in string:
        counts[ch] = counts[ch] + 1 if ch in counts else 1
    return "".join(ch for ch in string if counts[ch] > 1)
