from itertools import zip_longest


def compare(s1, s2):
    parts1 = [int(p) for p in s1.rsplit(".")]
    parts2 = [int(p) for p in s2.rsplit(".")]
    for a, b in zip_longest(parts1, parts2, fillvalue=0):
        if a < b:
            return -1
        if a > b:
            return 1
    return 0
