def arithmetic_sequence_sum(a, r, n):
    return sum((i * r for i in range(n)), n * a)
