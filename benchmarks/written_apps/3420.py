def absolute_values_sum_minimization(A):
    # any median minimises the sum; the lower median is the smallest such value
    return A[(len(A) - 1) // 2]
