def int_to_negabinary(i):
    if i == 0:
        return "0"
    digits = ""
    while i != 0:
        remainder = i % 2
        digits = str(remainder) + digits
        i = (i - remainder) // -2
    return digits
