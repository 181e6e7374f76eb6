def solve(arr):
    result = []
    best = None
    for x in arr[::-1]:
        if best is None or x > best:
            result += [x]
            best = x
    return result[::-1]
