def multiply(n):
    digits = len(str(n if n >= 0 else -n))
    return n * 5 ** digits
