def array_madness(a, b):
    return sum(x ** 2 for x in a) > sum(x ** 3 for x in b)
