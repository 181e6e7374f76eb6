def sequence_classifier(arr):
    increasing = decreasing = equal = False
    for a, b in zip(arr, arr[1:]):
        if b > a:
            increasing = True
        elif b < a:
            decreasing = True
        else:
            equal = True
    if increasing and decreasing:
        return 0
    if increasing:
        return 2 if equal else 1
    if decreasing:
        return 4 if equal else 3
    return 5
