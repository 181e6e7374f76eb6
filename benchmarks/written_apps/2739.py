def cube_odd(arr):
    total = 0
    for x in arr:
        if type(x) not in (int, float):
            return None
        c = x ** 3
        if c % 2 == 1:
            total += c
    return total
