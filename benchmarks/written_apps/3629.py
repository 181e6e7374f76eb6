def array_mash(a, b):
    result = []
    for x, y in zip(a, b):
        result += [x, y]
    return result
