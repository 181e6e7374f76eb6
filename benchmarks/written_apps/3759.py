import math


def product_array(numbers):
    return [math.prod(numbers[:i] + numbers[i + 1:]) for i in range(len(numbers))]
