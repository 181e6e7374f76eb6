def flatten(lst):
    result = []
    for item in lst:
        if type(item) is list:
            result.extend(item)
        else:
            result += [item]
    return result
