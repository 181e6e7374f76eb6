def single_digit(n):
    while n >= 10:
        n = n.bit_count()
    return n
