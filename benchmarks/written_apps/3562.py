def count_inversion(sequence):
    n = len(sequence)
    return sum(1 for i in range(n) for j in range(i + 1, n) if sequence[i] > sequence[j])
