def reverse_invert(lst):
    result = []
    for value in lst:
        if type(value) is int:
            digits = str(value if value >= 0 else -value)[::-1]
            result += [-int(digits) if value > 0 else int(digits)]
    return result
