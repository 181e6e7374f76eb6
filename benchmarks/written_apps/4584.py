def invert(lst):
    return [-x for x in lst]
