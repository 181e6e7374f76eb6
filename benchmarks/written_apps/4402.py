def solve(st):
    letters = sorted(st)
    return len(set(st)) == len(st) and ord(letters[-1]) - ord(letters[0]) + 1 == len(st)
