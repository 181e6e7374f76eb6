def whitespace(string):
    return string.strip() == ""
