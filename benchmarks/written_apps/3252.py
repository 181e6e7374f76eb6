def is_letter(s):
    return len(s) == 1 and s.isascii() and s.isalpha()
