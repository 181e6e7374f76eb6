def arr2bin(arr):
    total = 0
    for value in arr:
        if type(value) is not int:
            return False
        total += value
    return bin(total)[2:]
