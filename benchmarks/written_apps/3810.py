import math


def greatest_product(n):
    return max(math.prod(int(d) for d in n[i:i + 5]) for i in range(len(n) - 4))
