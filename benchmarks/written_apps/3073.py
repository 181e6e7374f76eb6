import math


def increasing_numbers(n):
    # a non-decreasing string of n digits is a multiset of n digits out of 10
    return math.comb(n + 9, 9)
