def is_even(n):
    return n & 1 == 0
