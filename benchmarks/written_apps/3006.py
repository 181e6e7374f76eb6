from functools import reduce


def calculate_total(t1, t2):
    total1 = reduce(lambda acc, score: acc + score, t1, 0)
    total2 = reduce(lambda acc, score: acc + score, t2, 0)
    return total1 > total2
