def int_diff(arr, n):
    count = 0
    for i in range(len(arr)):
        for j in range(i + 1, len(arr)):
            if arr[i] - arr[j] == n or arr[j] - arr[i] == n:
                count += 1
    return count
