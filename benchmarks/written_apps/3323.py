def faulty_odometer(n):
    # The display is a base-9 number whose digits 5..9 stand for 4..8.
    real = 0
    for d in str(n):
        v = int(d)
        real = real * 9 + (v - 1 if v > 4 else v)
    return real
