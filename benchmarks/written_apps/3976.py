def last(*args):
    if len(args) == 1 and type(args[0]) in (list, tuple, str):
        return args[0][-1]
    return args[-1]
