def largest_sum(arr):
    best = current = 0
    for x in arr:
        current = current + x if current + x > 0 else 0
        best = current if current > best else best
    return best
