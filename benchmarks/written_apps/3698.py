def tiy_fizz_buzz(string):
    out = ""
    for c in string:
        if c in "AEIOU":
            out += "Iron Yard"
        elif "A" <= c <= "Z":
            out += "Iron"
        elif c in "aeiou":
            out += "Yard"
        else:
            out += c
    return out
