def find_the_ball(start, swaps):
    position = start
    for a, b in swaps:
        if position == a:
            position = b
        elif position == b:
            position = a
    return position
