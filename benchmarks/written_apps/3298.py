from statistics import mean


def avg_array(arrs):
    return [mean(column) for column in zip(*arrs)]
