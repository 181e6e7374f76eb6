def expanded_form(num):
    digits = str(num)
    parts = []
    for i in range(len(digits)):
        if digits[i] != "0":
            parts += [digits[i] + "0" * (len(digits) - i - 1)]
    return " + ".join(parts)
