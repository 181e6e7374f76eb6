def unite_unique(*args):
    return list(dict.fromkeys(sum(args, [])))
