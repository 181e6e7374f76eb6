def solve(s):
    signs = [1]
    sign = 1
    out = ""
    for c in s:
        if c == "+":
            sign = signs[-1]
        elif c == "-":
            sign = -signs[-1]
        elif c == "(":
            signs += [sign]
        elif c == ")":
            signs.pop()
        else:
            if out or sign < 0:
                out += "+" if sign > 0 else "-"
            out += c
            sign = signs[-1]
    return out
