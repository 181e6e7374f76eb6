def arr_check(arr):
    for value in arr:
        if type(value) is not list:
            return False
    return True
