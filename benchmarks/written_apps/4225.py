def cup_and_balls(b, arr):
    for first, second in arr:
        if b == first:
            b = second
        elif b == second:
            b = first
    return b
