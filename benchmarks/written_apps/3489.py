def save(sizes, hd):
    used = 0
    count = 0
    for size in sizes:
        used += size
        if used > hd:
            break
        count += 1
    return count
