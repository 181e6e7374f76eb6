NOTES = (10, 20, 50, 100, 200, 500)


def solve(n):
    INF = float("inf")
    best = [0] + [INF] * n
    for amount in range(1, n + 1):
        for note in NOTES:
            if note <= amount and best[amount - note] + 1 < best[amount]:
                best[amount] = best[amount - note] + 1
    return -1 if best[n] == INF else best[n]
