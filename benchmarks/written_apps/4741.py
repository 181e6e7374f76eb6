def pseudo_sort(st):
    words = []
    current = ""
    for c in st + " ":
        if "a" <= c <= "z" or "A" <= c <= "Z":
            current += c
        elif current:
            words += [current]
            current = ""
    lowers = sorted(w for w in words if not w[0].isupper())
    uppers = sorted(w for w in words if w[0].isupper())[::-1]
    return " ".join(lowers + uppers)
