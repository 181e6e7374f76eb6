def basereduct(x):
    conversions = 0
    while x >= 10:
        digits = str(x)
        base = int(max(digits)) + 1
        if base == 10:
            base = 11
            conversions += 1
            if conversions >= 150:
                return -1
        else:
            conversions = 0
        x = int(digits, base)
    return x
