import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
TABLE = str.maketrans(LOWER + UPPER, LOWER[13:] + LOWER[:13] + UPPER[13:] + UPPER[:13])


def rot13(message):
    return message.translate(TABLE)
