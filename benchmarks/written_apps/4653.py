LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
SHIFT = str.maketrans(LOWER + UPPER, LOWER[1:] + LOWER[0] + UPPER[1:] + UPPER[0])


def next_letter(s):
    return s.translate(SHIFT)
