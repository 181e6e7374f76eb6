def is_zero_balanced(arr):
    if not arr or sum(arr) != 0:
        return False
    values = set(arr)
    for n in arr:
        if n > 0 and -n not in values:
            return False
    return True
