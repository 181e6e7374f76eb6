def unused_digits(*args):
    used = "".join(str(a) for a in args)
    return "".join(d for d in "0123456789" if d not in used)
