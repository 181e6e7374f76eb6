def lucasnum(n):
    previous, current = 2, 1
    if n >= 0:
        for _ in range(n):
            previous, current = current, previous + current
        return previous
    # walk backwards: L(k - 1) = L(k + 1) - L(k)
    for _ in range(-n):
        previous, current = current - previous, previous
    return previous
