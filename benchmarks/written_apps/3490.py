def array_manip(array):
    result = []
    for i in range(len(array)):
        best = -1
        for x in array[i + 1:]:
            if x > array[i] and (best == -1 or x < best):
                best = x
        result += [best]
    return result
