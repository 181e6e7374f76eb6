LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = "aeiouy"


def syllables(word):
    w = "".join(ch for ch in word.casefold() if ch in LETTERS)
    groups = 0
    prev_vowel = False
    for ch in w:
        is_vowel = ch in VOWELS
        if is_vowel and not prev_vowel:
            groups += 1
        prev_vowel = is_vowel
    if groups > 1 and len(w) >= 2 and w[-1] == "e" and w[-2] not in VOWELS:
        groups -= 1
    return groups


def is_haiku(text):
    lines = text.splitlines()
    if len(lines) != 3:
        return False
    counts = [sum(syllables(word) for word in line.rsplit()) for line in lines]
    return counts == [5, 7, 5]
