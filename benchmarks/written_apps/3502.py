def solution(*args):
    return len(set(args)) != len(args)
