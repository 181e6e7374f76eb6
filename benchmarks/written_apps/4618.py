def positive_sum(arr):
    return sum(x for x in arr if x > 0)
