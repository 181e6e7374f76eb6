from collections import defaultdict


def number_of_pairs(gloves):
    counts = defaultdict(int)
    for colour in gloves:
        counts[colour] += 1
    return sum(counts[colour] // 2 for colour in counts)
