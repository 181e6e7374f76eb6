def solve(s):
    for k in range(1, len(s) + 1):
        rotated = s[k:] + s[:k]
        if rotated == rotated[::-1]:
            return True
    return False
