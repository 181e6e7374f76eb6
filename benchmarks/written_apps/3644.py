import bisect


def add_all(lst):
    pool = sorted(lst)
    cost = 0
    while len(pool) > 1:
        a = pool.pop(0)
        b = pool.pop(0)
        cost += a + b
        bisect.insort(pool, a + b)
    return cost
