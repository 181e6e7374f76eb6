def remove_chars(s):
    return "".join(c for c in s if c == " " or (c.isascii() and c.isalpha()))
