def insert_dash2(num):
    digits = str(num)
    out = digits[:1]
    for prev, cur in zip(digits, digits[1:]):
        a, b = int(prev), int(cur)
        if a % 2 == 1 and b % 2 == 1:
            out += "-"
        elif a and b and a % 2 == 0 and b % 2 == 0:
            out += "*"
        out += cur
    return out
