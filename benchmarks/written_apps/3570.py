def solve(arr):
    reachable = 0
    for x in sorted(arr):
        if x > reachable + 1:
            break
        reachable += x
    return reachable + 1
