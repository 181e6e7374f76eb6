def to_twos_complement(binary, bits):
    value = int(binary.replace(" ", ""), 2)
    if value >= 1 << (bits - 1):
        value -= 1 << bits
    return value
