def solve(n):
    previous, current = "0", "01"
    if n == 0:
        return previous
    for _ in range(n - 1):
        previous, current = current, current + previous
    return current
