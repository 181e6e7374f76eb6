def frogify(s):
    sentences = []
    words = []
    word = ""
    for c in s:
        if "a" <= c <= "z":
            word += c
            continue
        if word:
            words += [word]
            word = ""
        if c in ".!?":
            sentences += [" ".join(words[::-1]) + c]
            words = []
    return " ".join(sentences)
