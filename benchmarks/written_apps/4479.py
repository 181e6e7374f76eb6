def elements_sum(arr, d=0):
    n = len(arr)
    total = 0
    for i in range(n):
        position = n - 1 - i
        total += arr[i][position] if position < len(arr[i]) else d
    return total
