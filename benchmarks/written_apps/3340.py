def order_key(n):
    power = 0
    while n % 2 == 0:
        n //= 2
        power += 1
    if n == 1:
        # pure powers of two come last, in decreasing order
        return (1, -power, 0)
    return (0, power, n)


def sharkovsky(a, b):
    return order_key(a) < order_key(b)
