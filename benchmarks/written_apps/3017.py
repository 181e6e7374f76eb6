def rocks(n):
    total = 0
    width = 1
    start = 1
    while start <= n:
        end = start * 10 - 1
        last = end if end < n else n
        total += (last - start + 1) * width
        start *= 10
        width += 1
    return total
