def to_bits(string):
    bits = [0] * 5000
    for line in string.splitlines():
        if line:
            bits[int(line)] = 1
    return bits
