def switcheroo(string):
    return string.translate(str.maketrans("ab", "ba"))
