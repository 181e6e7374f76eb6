import string

ALLOWED = set(string.ascii_letters + string.digits)


def count_letters_and_digits(s):
    return sum(1 for ch in s if ch in ALLOWED)
