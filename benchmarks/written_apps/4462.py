from operator import mul


def adjacent_element_product(array):
    best = mul(array[0], array[1])
    for i in range(1, len(array) - 1):
        product = mul(array[i], array[i + 1])
        if product > best:
            best = product
    return best
