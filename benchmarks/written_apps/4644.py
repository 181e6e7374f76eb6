def char_to_ascii(string):
    if not string:
        return None
    result = {}
    for c in string:
        if "a" <= c <= "z" or "A" <= c <= "Z":
            result[c] = ord(c)
    return result
