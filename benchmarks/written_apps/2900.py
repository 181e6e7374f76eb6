def string_transformer(s):
    words = [""]
    for c in s:
        if c == " ":
            words += [""]
        else:
            words[-1] += c
    return " ".join(words[::-1]).swapcase()
