ALPHABET = "abcdefghijklmnopqrstuvwxyz"
POSITION = {ALPHABET[i]: i for i in range(26)}
SHIFTS = {"c": -1, "o": -1, "d": -3, "e": -4, "a": -5, "i": -5, "u": -5}


def vowel_back(st):
    out = ""
    for c in st:
        shift = SHIFTS[c] if c in SHIFTS else 9
        moved = ALPHABET[(POSITION[c] + shift) % 26]
        out += c if moved in "code" else moved
    return out
