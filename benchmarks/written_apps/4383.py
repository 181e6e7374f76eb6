def artificial_rain(garden):
    n = len(garden)
    left = [1] * n
    for i in range(1, n):
        if garden[i - 1] <= garden[i]:
            left[i] = left[i - 1] + 1
    right = [1] * n
    for i in range(n - 2, -1, -1):
        if garden[i + 1] <= garden[i]:
            right[i] = right[i + 1] + 1
    best = 0
    for i in range(n):
        if left[i] + right[i] - 1 > best:
            best = left[i] + right[i] - 1
    return best
