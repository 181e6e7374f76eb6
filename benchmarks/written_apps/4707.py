def to_bytes(n):
    bits = bin(n)[2:]
    bits = "0" * (-len(bits) % 8) + bits
    return [bits[i:i + 8] for i in range(0, len(bits), 8)]
