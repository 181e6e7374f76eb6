import string


def reverse_letter(text):
    return "".join(ch for ch in text if ch in string.ascii_letters)[::-1]
