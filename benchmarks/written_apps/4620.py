ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def string_letter_count(s):
    text = s.lower()
    out = ""
    for letter in ALPHABET:
        n = sum(1 for c in text if c == letter)
        if n:
            out += str(n) + letter
    return out
