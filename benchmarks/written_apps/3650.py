def _threes(x):
    count = 0
    while x % 3 == 0:
        x //= 3
        count += 1
    return count


def solve(arr):
    return sorted(arr, key=lambda x: (-_threes(x), x))
