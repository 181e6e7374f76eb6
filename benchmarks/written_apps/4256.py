ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def insert_missing_letters(st):
    seen = set()
    result = ""
    for letter in st:
        result += letter
        if letter not in seen:
            seen |= {letter}
            result += "".join(c for c in ALPHABET if c > letter and c not in st).upper()
    return result
