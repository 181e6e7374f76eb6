def sort_array(a):
    odds = sorted(x for x in a if x % 2)
    evens = sorted(x for x in a if x % 2 == 0)
    evens.reverse()
    result = []
    i = j = 0
    for x in a:
        if x % 2:
            result += [odds[i]]
            i += 1
        else:
            result += [evens[j]]
            j += 1
    return result
