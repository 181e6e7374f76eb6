def find_missing(arr1, arr2):
    return sum(arr1) - sum(arr2)
