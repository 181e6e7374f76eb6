import math


def process_data(data):
    return math.prod(a - b for a, b in data)
