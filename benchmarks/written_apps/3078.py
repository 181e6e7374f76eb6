from statistics import mean


def array_center(arr):
    avg = mean(arr)
    low = arr[0]
    for x in arr:
        if x < low:
            low = x
    return [x for x in arr if -low < x - avg < low]
