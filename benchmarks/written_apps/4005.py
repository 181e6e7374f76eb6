def reverse_bits(n):
    return int(format(n, "b")[::-1], 2)
