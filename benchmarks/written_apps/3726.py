def sort_array(source_array):
    odds = sorted(x for x in source_array if x % 2)
    result = []
    k = 0
    for x in source_array:
        if x % 2:
            result += [odds[k]]
            k += 1
        else:
            result += [x]
    return result
