def find_multiples(integer, limit):
    return list(range(integer, limit + 1, integer))
