import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
TABLE = str.maketrans(LOWER + UPPER, LOWER[-1] + LOWER[:-1] + UPPER[-1] + UPPER[:-1])


def one_down(txt):
    if type(txt) is not str:
        return "Input is not a string"
    return txt.translate(TABLE)
