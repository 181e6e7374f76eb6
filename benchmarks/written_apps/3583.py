def binary_array_to_number(arr):
    value = 0
    for bit in arr:
        value = value * 2 + bit
    return value
