def domino_reaction(s):
    i = 0
    while i < len(s) and s[i] == "|":
        i += 1
    return "/" * i + s[i:]
