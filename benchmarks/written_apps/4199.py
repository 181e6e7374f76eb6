def squares(x, n):
    result = []
    for _ in range(n):
        result += [x]
        x = x * x
    return result
