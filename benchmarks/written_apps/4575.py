def smallest_integer(matrix):
    present = {x for row in matrix for x in row}
    n = 0
    while n in present:
        n += 1
    return n
