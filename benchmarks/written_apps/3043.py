def print_nums(*args):
    if not args:
        return ""
    width = len(str(max(args)))
    return "\n".join(str(x).zfill(width) for x in args)
