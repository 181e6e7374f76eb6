def unique_in_order(iterable):
    result = []
    for item in iterable:
        if not result or result[-1] != item:
            result += [item]
    return result
