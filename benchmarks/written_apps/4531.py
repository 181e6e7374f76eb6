def to_binary(n):
    return bin(n & 0xFFFFFFFF)[2:]
