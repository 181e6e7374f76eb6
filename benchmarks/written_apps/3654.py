def divisible_count(x, y, k):
    return y // k - (x - 1) // k
