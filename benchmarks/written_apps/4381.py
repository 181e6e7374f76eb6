def min_unfairness(arr, k):
    if k < 2 or len(arr) < 2:
        return 0
    values = sorted(arr)
    return min(values[i + k - 1] - values[i] for i in range(len(values) - k + 1))
