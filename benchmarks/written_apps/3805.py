def histogram(values, bin_width):
    if not values:
        return []
    bins = [0] * (max(values) // bin_width + 1)
    for v in values:
        bins[v // bin_width] += 1
    return bins
