def convert_bits(a, b):
    return (a ^ b).bit_count()
