def sum_nested(lst):
    total = 0
    for item in lst:
        if type(item) is list:
            total += sum_nested(item)
        else:
            total += item
    return total
