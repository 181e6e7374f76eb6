def calc(a):
    total = 0
    for position in range(1, len(a) + 1):
        value = a[position - 1]
        if value > 0:
            value *= value
        if position % 3 == 0:
            value *= 3
        if position % 5 == 0:
            value = -value
        total += value
    return total
