def flatten(*args):
    result = []
    for item in args:
        if type(item) is list:
            result += flatten(*item)
        else:
            result += [item]
    return result
