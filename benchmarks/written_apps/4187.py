STEPS = [(0, 1), (1, 0), (0, -1), (-1, 0)]


def solomons_quest(arr):
    layer = 0
    x = y = 0
    for shift, direction, dist in arr:
        layer += shift
        dx, dy = STEPS[direction]
        d = dist * 2 ** layer
        x += dx * d
        y += dy * d
    return [x, y]
