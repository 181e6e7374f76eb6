def outcome(n, s, k):
    if n <= 0 or s <= 0:
        return 0
    ways = [1] + [0] * k
    for _ in range(n):
        new = [0] * (k + 1)
        for total in range(k + 1):
            if ways[total]:
                for face in range(1, s + 1):
                    if total + face > k:
                        break
                    new[total + face] += ways[total]
        ways = new
    return ways[k]
