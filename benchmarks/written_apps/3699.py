def ranks(a):
    return [1 + sum(1 for y in a if y > x) for x in a]
