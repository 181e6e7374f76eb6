import statistics


def average(array):
    return round(statistics.mean(array))
