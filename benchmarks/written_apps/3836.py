def factors(x):
    if type(x) is not int or x < 1:
        return -1
    small = []
    large = []
    i = 1
    while i * i <= x:
        if x % i == 0:
            small += [i]
            if i != x // i:
                large += [x // i]
        i += 1
    return large + small[::-1]
