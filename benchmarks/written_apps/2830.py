def db_sort(arr):
    numbers = sorted(x for x in arr if type(x) is not str)
    words = sorted(x for x in arr if type(x) is str)
    return numbers + words
