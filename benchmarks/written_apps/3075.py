def count_inversions(array):
    n = len(array)
    return sum(1 for i in range(n) for j in range(i + 1, n) if array[i] > array[j])
