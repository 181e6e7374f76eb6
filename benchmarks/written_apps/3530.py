def asterisc_it(n):
    if type(n) is list:
        digits = "".join(str(x) for x in n)
    else:
        digits = str(n)
    out = ""
    for i in range(len(digits)):
        if i and int(digits[i - 1]) % 2 == 0 and int(digits[i]) % 2 == 0:
            out += "*"
        out += digits[i]
    return out
