def find_longest(arr):
    best = arr[0]
    for number in arr:
        if len(str(number)) > len(str(best)):
            best = number
    return best
