def add(l):
    sums = []
    total = 0
    for value in l:
        total += value
        sums += [total]
    return sums
