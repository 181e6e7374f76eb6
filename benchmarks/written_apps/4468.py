def simplify(n):
    digits = str(n)
    terms = []
    size = len(digits)
    for i in range(size):
        d = digits[i]
        if d == "0":
            continue
        power = size - 1 - i
        terms += [d + "*1" + "0" * power if power else d]
    return "+".join(terms)
