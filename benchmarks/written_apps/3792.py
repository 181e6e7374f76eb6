def slogans(p, r):
    count = 0
    while r:
        for i in range(len(p)):
            if r.startswith(p[i:]):
                r = r[len(p) - i:]
                count += 1
                break
    return count
