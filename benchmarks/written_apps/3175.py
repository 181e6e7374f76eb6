def triple_double(num1, num2):
    first, second = str(num1), str(num2)
    for d in "0123456789":
        if d * 3 in first and d * 2 in second:
            return 1
    return 0
