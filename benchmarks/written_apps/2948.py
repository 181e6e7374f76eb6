from itertools import filterfalse


def split_by_value(k, elements):
    smaller = [x for x in elements if x < k]
    return smaller + list(filterfalse(lambda x: x < k, elements))
