from math import gcd


def scf(lst):
    common = 0
    for x in lst:
        common = gcd(common, x)
    for d in range(2, common + 1):
        if common % d == 0:
            return d
    return 1
