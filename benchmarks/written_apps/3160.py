def multi(l_st):
    product = 1
    for value in l_st:
        product *= value
    return product


def add(l_st):
    total = 0
    for value in l_st:
        total += value
    return total


def reverse(string):
    return string[::-1]
