def largest_pair_sum(numbers):
    ordered = sorted(numbers)
    return ordered[-1] + ordered[-2]
