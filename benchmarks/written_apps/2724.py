def kebabize(string):
    out = ""
    for c in string:
        low = c.lower()
        if low != c:
            out += "-" + low if out else low
        elif "a" <= c <= "z":
            out += c
    return out
