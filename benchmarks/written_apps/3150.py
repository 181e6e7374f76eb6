def binary_cleaner(seq):
    small = [v for v in seq if v < 2]
    positions = [i for i in range(len(seq)) if seq[i] > 1]
    return small, positions
