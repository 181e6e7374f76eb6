def smash(words):
    return " ".join(words)
