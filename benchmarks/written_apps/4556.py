def count_me(data):
    if not data or not data.isdigit():
        return ""
    out = ""
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i]:
            j += 1
        out += str(j - i) + data[i]
        i = j
    return out
