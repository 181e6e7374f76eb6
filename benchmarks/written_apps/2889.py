def count_ways(n, k):
    ways = [1] + [0] * n
    for step in range(1, n + 1):
        for jump in range(1, k + 1):
            if jump <= step:
                ways[step] += ways[step - jump]
    return ways[n]
