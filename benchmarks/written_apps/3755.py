def sortme(words):
    return sorted(words, key=str.lower)
