def triangle_type(a, b, c):
    x, y, z = sorted([a, b, c])
    if x + y <= z:
        return 0
    legs, hyp = x * x + y * y, z * z
    if legs > hyp:
        return 1
    if legs == hyp:
        return 2
    return 3
