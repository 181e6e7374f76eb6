def between_extremes(numbers):
    ordered = sorted(numbers)
    return ordered[-1] - ordered[0]
