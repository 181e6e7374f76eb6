import math


def choose(n, k):
    return math.perm(n, k) // math.perm(k, k)


def bouncy_count(n):
    if n < 3:
        return 0
    # non-bouncy positive integers below 10**n
    increasing = choose(n + 9, 9) - 1
    decreasing = choose(n + 10, 10) - 1 - n
    constant = 9 * n
    return 10 ** n - 1 - (increasing + decreasing - constant)
