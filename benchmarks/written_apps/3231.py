LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def case_unification(s):
    uppers = sum(1 for ch in s if ch in UPPER)
    if uppers > len(s) - uppers:
        return s.translate(str.maketrans(LOWER, UPPER))
    return s.translate(str.maketrans(UPPER, LOWER))
