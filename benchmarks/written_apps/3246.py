from collections import Counter


def majority(arr):
    ranked = Counter(arr).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
