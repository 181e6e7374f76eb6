import math


def maximum_product(arr):
    best_value, best_product = None, None
    for i in range(len(arr)):
        product = math.prod(arr[:i] + arr[i + 1:])
        if best_product is None or product > best_product \
                or (product == best_product and arr[i] < best_value):
            best_value, best_product = arr[i], product
    return best_value
