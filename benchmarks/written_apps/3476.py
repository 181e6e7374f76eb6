def unlucky_number(n):
    count = 0
    for k in range(0, n + 1, 13):
        s = str(k)
        if "4" not in s and "7" not in s:
            count += 1
    return count
