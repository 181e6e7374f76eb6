def fixed_xor(a, b):
    out = ''
    for x, y in zip(a, b):
        out += hex(int(x, 16) ^ int(y, 16))[2:]
    return out
