def minimum(arr):
    smallest = arr[0]
    for value in arr:
        if value < smallest:
            smallest = value
    return smallest


def maximum(arr):
    largest = arr[0]
    for value in arr:
        if value > largest:
            largest = value
    return largest
