def even_numbers(arr, n):
    evens = [value for value in arr if value % 2 == 0]
    return evens[-n:]
