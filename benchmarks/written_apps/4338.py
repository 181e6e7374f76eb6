def reverse_on_diagonals(matrix):
    n = len(matrix)
    result = [list(row) for row in matrix]
    for i in range(n):
        result[i][i] = matrix[n - 1 - i][n - 1 - i]
        result[i][n - 1 - i] = matrix[n - 1 - i][i]
    return result
