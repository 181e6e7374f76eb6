def total(arr):
    while len(arr) > 1:
        arr = [a + b for a, b in zip(arr, arr[1:])]
    return arr[0]
