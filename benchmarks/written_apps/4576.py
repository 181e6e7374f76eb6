import statistics


def gcd(x, y):
    while y:
        x, y = y, x % y
    return x


def gcd_matrix(a, b):
    values = [gcd(x, y) for x in a for y in b]
    return round(statistics.mean(values), ndigits=3)
