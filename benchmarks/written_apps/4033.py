def contamination(text, char):
    return char * len(text)
