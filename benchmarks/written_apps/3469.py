from itertools import filterfalse

LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = "aeiou"


def count_consonants(text):
    letters = (ch for ch in text.casefold() if ch in LETTERS)
    return len(set(filterfalse(lambda ch: ch in VOWELS, letters)))
