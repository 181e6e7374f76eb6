def simple_transposition(text):
    return text[::2] + text[1::2]
