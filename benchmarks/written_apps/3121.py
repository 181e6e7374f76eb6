def solve(arr):
    values = set(arr)
    for n in arr:
        if -n not in values:
            return n
