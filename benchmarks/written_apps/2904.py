def filter_words(st):
    words = []
    current = ""
    for character in st + " ":
        if character == " ":
            if current:
                words += [current]
            current = ""
        else:
            current += character
    return " ".join(words).capitalize()
