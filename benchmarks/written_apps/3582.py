import re


def is_digit(n):
    return type(n) is str and re.fullmatch(r"[0-9]", n) is not None
