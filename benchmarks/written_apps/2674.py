def two_sort(array):
    return "***".join(sorted(array)[0])
