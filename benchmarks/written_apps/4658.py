from math import prod


def max_product(lst, n_largest_elements):
    return prod(sorted(lst)[len(lst) - n_largest_elements:])
