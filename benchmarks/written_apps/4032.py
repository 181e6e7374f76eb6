import math


def solve(n):
    # the last row sums to the n-th Catalan number (2n)! / ((n + 1)! n!)
    return math.factorial(2 * n) // (math.factorial(n + 1) * math.factorial(n))
