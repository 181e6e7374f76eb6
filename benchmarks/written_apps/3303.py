def div_con(x):
    total = 0
    for item in x:
        if type(item) is str:
            total -= int(item)
        else:
            total += item
    return total
