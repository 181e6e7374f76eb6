def is_negative_zero(n):
    return n == 0 and str(n).startswith('-')
