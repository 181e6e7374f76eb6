def gordon(a):
    shout = ""
    for c in a.upper():
        if c == "A":
            shout += "@"
        elif c in "EIOU":
            shout += "*"
        elif c == " ":
            shout += "!!!! "
        else:
            shout += c
    return shout + "!!!!"
