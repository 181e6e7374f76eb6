def duplicates(array):
    seen = []
    result = []
    for x in array:
        key = (type(x), x)
        if key in seen:
            if key not in [(type(r), r) for r in result]:
                result += [x]
        else:
            seen += [key]
    return result
