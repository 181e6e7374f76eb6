def encode(string):
    out = ""
    i = 0
    while i < len(string):
        j = i
        while j < len(string) and string[j] == string[i]:
            j += 1
        out += str(j - i) + string[i]
        i = j
    return out
