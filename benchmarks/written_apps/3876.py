def find(n):
    total = 0
    for k in range(1, n + 1):
        if k % 3 == 0 or k % 5 == 0:
            total += k
    return total
