def compound_array(a, b):
    result = []
    for i in range(max(len(a), len(b))):
        if i < len(a):
            result += [a[i]]
        if i < len(b):
            result += [b[i]]
    return result
