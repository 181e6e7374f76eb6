def solve(arr):
    ordered = sorted(arr)
    result = []
    lo, hi = 0, len(ordered) - 1
    while lo <= hi:
        result += [ordered[hi]]
        if lo < hi:
            result += [ordered[lo]]
        lo += 1
        hi -= 1
    return result
