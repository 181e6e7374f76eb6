def _letter_value(s):
    total = 0
    for c in s or "":
        code = ord(c)
        if 97 <= code <= 122:
            code -= 32
        elif not 65 <= code <= 90:
            return 0
        total += code
    return total


def compare(s1, s2):
    return _letter_value(s1) == _letter_value(s2)
