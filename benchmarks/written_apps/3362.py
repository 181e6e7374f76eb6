def sum_mix(arr):
    return sum(int(x) for x in arr)
