def fat_fingers(string):
    caps = False
    out = ""
    for ch in string:
        if ch in "aA":
            caps = not caps
        elif caps:
            out += ch.swapcase()
        else:
            out += ch
    return out
