def render(arg):
    if type(arg) is str:
        return arg
    if len(arg) == 1:
        return arg[0]
    key, value = arg
    dashes = "--" if len(key) > 1 else "-"
    return "{}{} {}".format(dashes, key, value)


def args_to_string(args):
    return " ".join(render(arg) for arg in args)
