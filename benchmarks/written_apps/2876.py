def check(a, x):
    return x in a
