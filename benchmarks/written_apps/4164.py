def first_non_repeating_letter(string):
    folded = string.lower()
    counts = {}
    for c in folded:
        counts[c] = counts[c] + 1 if c in counts else 1
    for i in range(len(string)):
        if counts[folded[i]] == 1:
            return string[i]
    return ""
