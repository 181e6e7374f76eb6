def difference_in_ages(ages):
    ordered = sorted(ages)
    return (ordered[0], ordered[-1], ordered[-1] - ordered[0])
