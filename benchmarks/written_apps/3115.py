def diagonal_sum(array):
    return sum(array[i][i] for i in range(len(array)))
