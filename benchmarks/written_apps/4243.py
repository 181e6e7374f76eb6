def find_average(array):
    if not array:
        return 0
    return sum(array) / len(array)
