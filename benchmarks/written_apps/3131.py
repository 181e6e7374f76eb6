from math import prod


def unique_digit_products(a):
    products = set()
    for x in a:
        products |= {prod(int(c) for c in str(x))}
    return len(products)
