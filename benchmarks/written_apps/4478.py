def sum_to_infinity(sequence):
    first = sequence[0]
    ratio = sequence[1] / sequence[0]
    if not -1 < ratio < 1:
        return "No Solutions"
    return round(first / (1 - ratio), 3)
