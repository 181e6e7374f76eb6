def max_product(a):
    first = second = 0
    for value in a:
        if value > first:
            first, second = value, first
        elif value > second:
            second = value
    return first * second
