def solve(arr):
    n = len(arr)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            target = 2 * arr[j] - arr[i]
            for k in range(j + 1, n):
                if arr[k] == target:
                    count += 1
    return count
