def multiple_split(string, delimiters=[]):
    parts = []
    current = ""
    i = 0
    while i < len(string):
        for d in delimiters:
            if d and string[i:i + len(d)] == d:
                if current:
                    parts += [current]
                current = ""
                i += len(d)
                break
        else:
            current += string[i]
            i += 1
    if current:
        parts += [current]
    return parts
