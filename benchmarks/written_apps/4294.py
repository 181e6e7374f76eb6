def remove(text, what):
    left = dict(what)
    result = []
    for ch in text:
        if ch in left and left[ch] > 0:
            left[ch] -= 1
        else:
            result += [ch]
    return "".join(result)
