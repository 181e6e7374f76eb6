def greatest_distance(arr):
    first = {}
    best = 0
    for i in range(len(arr)):
        if arr[i] in first:
            if i - first[arr[i]] > best:
                best = i - first[arr[i]]
        else:
            first[arr[i]] = i
    return best
