from itertools import combinations


def digits(num):
    return [a + b for a, b in combinations([int(d) for d in str(num)], 2)]
