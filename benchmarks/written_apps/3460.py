def uniq_count(s):
    counts = {}
    for c in s.lower():
        counts[c] = counts[c] + 1 if c in counts else 1
    # multinomial coefficient len(s)! / prod(count!), built up one letter at a time
    result = 1
    placed = 0
    for c in counts:
        for k in range(1, counts[c] + 1):
            placed += 1
            result = result * placed // k
    return result
