def make_2d_list(head, row, col):
    return [[head + r * col + c for c in range(col)] for r in range(row)]
