from functools import cmp_to_key


def order(a, b):
    return -1 if a + b < b + a else (1 if a + b > b + a else 0)


def penalty(a_list):
    return "".join(sorted(a_list, key=cmp_to_key(order)))
