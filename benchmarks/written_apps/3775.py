def digits(n):
    return len(str(n))
