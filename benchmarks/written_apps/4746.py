def fisHex(name):
    result = 0
    for c in name:
        if c in "abcdefABCDEF":
            result ^= int(c, 16)
    return result
