def solve(s, g):
    if s % g != 0 or s // g < 2:
        return -1
    return [g, s - g]
