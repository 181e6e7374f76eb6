import math

# Sector numbers going counter-clockwise, starting with the sector centred on the positive x axis.
SECTORS = [6, 13, 4, 18, 1, 20, 5, 12, 9, 14, 11, 8, 16, 7, 19, 3, 17, 2, 15, 10]


def get_score(x, y):
    dist2 = x * x + y * y
    if dist2 > 170 ** 2:
        return "X"
    if dist2 < 6.35 ** 2:
        return "DB"
    if dist2 < 15.9 ** 2:
        return "SB"
    angle = math.degrees(math.atan2(y, x))
    number = SECTORS[int(((angle + 9) % 360) // 18)]
    if 99 ** 2 < dist2 < 107 ** 2:
        return f"T{number}"
    if dist2 > 162 ** 2:
        return f"D{number}"
    return str(number)
