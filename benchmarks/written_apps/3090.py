def find_2nd_largest(arr):
    values = sorted({x for x in arr if type(x) is int})
    return values[-2] if len(values) > 1 else None
