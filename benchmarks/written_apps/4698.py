def is_int_array(arr):
    if type(arr) is not list:
        return False
    for x in arr:
        if type(x) not in (int, float) or x != int(x):
            return False
    return True
