def consecutive_sum(num):
    count = 0
    n = 1
    while n * (n + 1) // 2 <= num:
        if (num - n * (n - 1) // 2) % n == 0:
            count += 1
        n += 1
    return count
