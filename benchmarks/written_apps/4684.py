def is_hollow(x):
    n = len(x)
    i = 0
    while i < n and x[i] != 0:
        i += 1
    j = i
    while j < n and x[j] == 0:
        j += 1
    k = j
    while k < n and x[k] != 0:
        k += 1
    return k == n and j - i >= 3 and i == n - j
