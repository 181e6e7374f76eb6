def performant_smallest(arr, n):
    # Values are few and small: find the threshold value with counting.
    counts = {}
    for x in arr:
        counts[x] = counts.get(x, 0) + 1
    taken = 0
    threshold = None
    for value in sorted(counts):
        if taken + counts[value] >= n:
            threshold = value
            break
        taken += counts[value]
    room = n - taken
    result = []
    for x in arr:
        if x < threshold:
            result += [x]
        elif x == threshold and room:
            result += [x]
            room -= 1
    return result
