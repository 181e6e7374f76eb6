import math


def maximum_product_of_parts(n):
    s = str(n)
    best = 0
    for i in range(1, len(s) - 1):
        for j in range(i + 1, len(s)):
            product = math.prod([int(s[:i]), int(s[i:j]), int(s[j:])])
            if product > best:
                best = product
    return best
