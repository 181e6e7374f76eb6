def multiple_of_index(arr):
    return [x for i, x in zip(range(len(arr)), arr) if i and x % i == 0]
