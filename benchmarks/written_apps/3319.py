def to_camel_case(text):
    words = [""]
    for ch in text:
        if ch in "-_":
            words += [""]
        else:
            words[-1] += ch
    return words[0] + "".join(word.title() for word in words[1:])
