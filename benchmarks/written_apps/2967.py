def bin_to_hex(binary_string):
    return hex(int(binary_string, 2))[2:]
