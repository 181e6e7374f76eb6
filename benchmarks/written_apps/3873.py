import math


def product_sans_n(nums):
    zeros = sum(1 for x in nums if x == 0)
    nonzero_product = math.prod(x for x in nums if x != 0)
    if zeros > 1:
        return [0] * len(nums)
    if zeros == 1:
        return [nonzero_product if x == 0 else 0 for x in nums]
    return [nonzero_product // x for x in nums]
