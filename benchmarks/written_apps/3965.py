def powerof4(n):
    if type(n) is not int or n <= 0:
        return False
    return n & (n - 1) == 0 and (n.bit_length() - 1) % 2 == 0
