from itertools import pairwise


def alphabetic(s):
    for first, second in pairwise(s):
        if first > second:
            return False
    return True
