def solve(s):
    mismatches = sum(1 for i in range(len(s) // 2) if s[i] != s[-1 - i])
    return mismatches == 1 or (mismatches == 0 and len(s) % 2 == 1)
