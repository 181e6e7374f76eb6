def mean_vs_median(numbers):
    ordered = sorted(numbers)
    median = ordered[len(ordered) // 2]
    total = sum(numbers)
    scaled_median = median * len(numbers)
    if total > scaled_median:
        return "mean"
    if total < scaled_median:
        return "median"
    return "same"
