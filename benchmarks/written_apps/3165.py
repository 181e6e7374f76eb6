from math import log2


def toothpick(n):
    counts = [0] * (n + 2)
    for i in range(1, n + 1):
        k = int(log2(i))
        power = 2 ** k
        if i == power:
            counts[i] = (2 ** (2 * k + 1) + 1) // 3
        else:
            r = i - power
            counts[i] = counts[power] + 2 * counts[r] + counts[r + 1] - 1
    return counts[n]
