import statistics


def sum_average(arr):
    total = 0
    for row in arr:
        total += statistics.mean(row)
    return int(total // 1)
