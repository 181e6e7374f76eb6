def hot_singles(arr1, arr2):
    shared = set(arr1).intersection(arr2)
    result = []
    for item in arr1 + arr2:
        if item not in shared and item not in result:
            result += [item]
    return result
