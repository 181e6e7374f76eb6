from bisect import insort


def queue_time(customers, n):
    tills = [0] * n
    for time in customers:
        free_at = tills.pop(0)
        insort(tills, free_at + time)
    return max(tills)
