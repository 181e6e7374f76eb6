def solve(a, b):
    return [a.count(word) for word in b]
