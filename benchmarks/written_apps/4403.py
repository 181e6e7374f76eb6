def switch_endian(n, bits):
    if bits < 8 or bits & (bits - 1):
        return None
    if n < 0 or n >= 1 << bits:
        return None
    return int.from_bytes(n.to_bytes(bits // 8, "big"), "little")
