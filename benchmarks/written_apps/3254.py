def any_odd(x):
    return x & 0xAAAAAAAA != 0
