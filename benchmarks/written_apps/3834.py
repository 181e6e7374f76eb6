def palin(a, b):
    half_length = (a + 1) // 2
    half = str(10 ** (half_length - 1) + b - 1)
    mirror = half[:a // 2][::-1]
    return int(half + mirror)
