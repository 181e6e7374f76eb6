def array(string):
    middle = string.split(",")[1:-1]
    return " ".join(middle) or None
