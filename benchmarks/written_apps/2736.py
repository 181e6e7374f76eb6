from functools import cmp_to_key


def compare(a, b):
    # a goes first when a + b forms the larger number
    if a + b > b + a:
        return -1
    if a + b < b + a:
        return 1
    return 0


def largest_arrangement(numbers):
    parts = sorted((str(n) for n in numbers), key=cmp_to_key(compare))
    return int("".join(parts))
