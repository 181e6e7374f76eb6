def string_to_number(s):
    return int(s)
