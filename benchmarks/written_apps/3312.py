from collections import defaultdict


def anagram_counter(words):
    groups = defaultdict(int)
    for word in words:
        groups["".join(sorted(word))] += 1
    return sum(groups[key] * (groups[key] - 1) // 2 for key in groups)
