def nth_even(n):
    return 2 * (n - 1)
