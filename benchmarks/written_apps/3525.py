from itertools import accumulate


def flipping_game(num):
    ones = sum(num)
    gains = [1 if x == 0 else -1 for x in num]
    best = max(accumulate(gains, lambda run, g: max(g, run + g)))
    return ones + best
