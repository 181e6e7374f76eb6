from itertools import filterfalse


def odd_ones_out(numbers):
    counts = {}
    for x in numbers:
        counts[x] = counts[x] + 1 if x in counts else 1
    return list(filterfalse(lambda x: counts[x] % 2, numbers))
