def boolean_to_string(b):
    return str(b)
