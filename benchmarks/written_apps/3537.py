def is_even(n):
    return type(n) is int and n % 2 == 0
