def solve(arr):
    seen = set()
    kept = []
    for x in arr[::-1]:
        if x not in seen:
            seen |= {x}
            kept += [x]
    return kept[::-1]
