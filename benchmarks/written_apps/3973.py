def remove_char(s):
    return s[1:-1]
