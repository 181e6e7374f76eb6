from itertools import islice


def double_check(strng):
    s = strng.casefold()
    for a, b in zip(s, islice(s, 1, None)):
        if a == b:
            return True
    return False
