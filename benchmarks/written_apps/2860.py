def isomorph(a, b):
    if len(a) != len(b):
        return False
    return len(set(zip(a, b))) == len(set(a)) == len(set(b))
