def rec(x):
    if x <= 0:
        return 0
    seen = {0}
    current = 0
    total = 0
    for i in range(1, x):
        candidate = current - i
        if candidate < 0 or candidate in seen:
            candidate = current + i
        current = candidate
        seen |= {current}
        total += current
    return total
