def get_char(c):
    return chr(c)
