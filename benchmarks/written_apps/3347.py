def minimum(a, x):
    r = a % x
    return r if r < x - r else x - r
