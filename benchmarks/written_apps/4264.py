def operation(a, b):
    steps = 0
    # halving (either rule) is a right shift; only right shifts can make a a power of two
    while a & (a - 1):
        a >>= 1
        steps += 1
    while a < b:
        a <<= 1
        steps += 1
    while a > b:
        a >>= 1
        steps += 1
    return steps
