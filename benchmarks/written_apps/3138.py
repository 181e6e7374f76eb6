def climb(n):
    bits = bin(n)[2:]
    return [int(bits[:i], 2) for i in range(1, len(bits) + 1)]
