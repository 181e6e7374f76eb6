def locate(seq, value):
    return any(locate(item, value) if type(item) is list else item == value for item in seq)
