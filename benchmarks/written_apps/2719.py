def add(*args):
    return sum((i + 1) * x for i, x in zip(range(len(args)), args))
