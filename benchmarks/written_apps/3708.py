def hex_to_dec(s):
    return int(s, 16)
