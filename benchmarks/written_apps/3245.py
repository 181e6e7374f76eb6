def checkchoose(m, n):
    binomial = 1
    for x in range(n + 1):
        if binomial == m:
            return x
        binomial = binomial * (n - x) // (x + 1)
    return -1
