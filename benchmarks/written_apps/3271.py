def arr(n=0):
    return list(range(n))
