import string

LOWER = string.ascii_lowercase
SHIFTED = (LOWER[1:] + LOWER[0]).translate(str.maketrans("aeiou", "AEIOU"))
TABLE = str.maketrans(LOWER + string.ascii_uppercase, SHIFTED + SHIFTED)


def changer(text):
    return text.translate(TABLE)
