def twos_difference(lst):
    values = set(lst)
    return [(x, x + 2) for x in sorted(lst) if x + 2 in values]
