def spacify(string):
    return " ".join(string)
