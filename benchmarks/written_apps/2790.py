def dup(arry):
    result = []
    for word in arry:
        out = ""
        for ch in word:
            if not out.endswith(ch):
                out += ch
        result += [out]
    return result
