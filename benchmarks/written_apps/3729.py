def count_zeros_n_double_fact(n):
    if n % 2:
        return 0  # a product of odd numbers has no factor 2
    # n!! = 2^(n/2) * (n/2)!, so the zeros are the factors 5 of (n/2)!
    half = n // 2
    zeros = 0
    power = 5
    while power <= half:
        zeros += half // power
        power *= 5
    return zeros
