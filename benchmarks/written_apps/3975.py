from itertools import pairwise

LETTERS = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ"
POSITION = dict(zip(LETTERS, range(len(LETTERS))))


def find_missing_letter(chars):
    for first, second in pairwise(chars):
        if POSITION[second] - POSITION[first] > 1:
            return LETTERS[POSITION[first] + 1]
    return None
