from itertools import zip_longest


def interleave(*args):
    return [x for group in zip_longest(*args) for x in group]
