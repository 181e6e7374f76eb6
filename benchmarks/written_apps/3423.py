def solve(arr, n):
    reachable = set()
    for x in arr:
        reachable |= {(r + x) % n for r in reachable} | {x % n}
        if 0 in reachable:
            return True
    return False
