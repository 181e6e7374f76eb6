def score_matrix(matrix):
    total = 0
    for i in range(len(matrix)):
        for j in range(len(matrix[i])):
            total += matrix[i][j] if (i + j) % 2 == 0 else -matrix[i][j]
    return total
