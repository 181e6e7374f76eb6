from operator import mul


def matrix_mult(a, b):
    size = len(a)
    columns = [[b[k][j] for k in range(size)] for j in range(size)]
    return [[sum(mul(x, y) for x, y in zip(row, col)) for col in columns] for row in a]
