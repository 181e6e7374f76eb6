def solve(a, b):
    # ways[j] = number of ways to match the first j characters of a
    ways = [1] + [0] * len(a)
    for ch in b:
        for j in range(len(a), 0, -1):
            if a[j - 1] == ch:
                ways[j] += ways[j - 1]
    return ways[len(a)]
