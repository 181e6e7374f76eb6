from itertools import accumulate


def tidyNumber(n):
    digits = [int(c) for c in str(n)]
    return list(accumulate(digits, max)) == digits
