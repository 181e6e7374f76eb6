def find_pattern(seq):
    diffs = [seq[i + 1] - seq[i] for i in range(len(seq) - 1)]
    n = len(diffs)
    for p in range(1, n + 1):
        if n % p == 0 and all(diffs[i] == diffs[i % p] for i in range(n)):
            return diffs[:p]
    return diffs
