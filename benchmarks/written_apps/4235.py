def make_sentences(parts):
    sentence = ""
    for part in parts:
        if part == ".":
            continue
        if part == ",":
            sentence += ","
        else:
            sentence += (" " if sentence else "") + part
    return sentence + "."
