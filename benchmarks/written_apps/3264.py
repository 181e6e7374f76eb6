import math


def count(n):
    # log10(n!) = lgamma(n + 1) / ln(10); the number of digits is its floor plus one
    return int(math.lgamma(n + 1) / math.log(10)) + 1
