def longest(s):
    best_start, best_len = 0, 1
    start = 0
    for i in range(1, len(s) + 1):
        if i == len(s) or s[i] < s[i - 1]:
            if i - start > best_len:
                best_start, best_len = start, i - start
            start = i
    return s[best_start:best_start + best_len]
