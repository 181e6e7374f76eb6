def score(n):
    return (1 << n.bit_length()) - 1
