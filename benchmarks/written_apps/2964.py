def sum_two_smallest_numbers(numbers):
    ordered = sorted(numbers)
    return ordered[0] + ordered[1]
