from itertools import takewhile


def even_numbers_before_fixed(sequence, fixed_element):
    if fixed_element not in sequence:
        return -1
    before = takewhile(lambda v: v != fixed_element, sequence)
    return sum(1 for v in before if v % 2 == 0)
