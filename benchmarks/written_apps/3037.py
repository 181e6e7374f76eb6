def obtain_max_number(arr):
    counts = {}
    for x in arr:
        counts[x] = counts[x] + 1 if x in counts else 1
    size = 1
    while size <= max(counts):
        if size in counts and counts[size] >= 2:
            doubled = size * 2
            counts[doubled] = (counts[doubled] if doubled in counts else 0) + counts[size] // 2
        size += 1
    return max(counts)
