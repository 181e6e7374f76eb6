import string

VALUES = {string.ascii_lowercase[i]: i + 1 for i in range(26)}


def solve(s):
    best = 0
    current = 0
    for ch in s:
        if ch in "aeiou":
            current = 0
        else:
            current += VALUES[ch]
            if current > best:
                best = current
    return best
