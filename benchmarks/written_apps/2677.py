ROWS = ["abcde123", "fghij456", "klmno789", "pqrst.@0", "uvwxyz_/", "\x01 "]
SHIFT = "\x01"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEIGHT, WIDTH = 6, 8

POSITION = {}
for r in range(len(ROWS)):
    for c in range(len(ROWS[r])):
        POSITION[ROWS[r][c]] = (r, c)
for lower, upper in zip(LOWER, UPPER):
    POSITION[upper] = POSITION[lower]


def distance(a, b):
    dr = (a[0] - b[0]) % HEIGHT
    dc = (a[1] - b[1]) % WIDTH
    return (dr if dr < HEIGHT - dr else HEIGHT - dr) + (dc if dc < WIDTH - dc else WIDTH - dc)


def tv_remote(words):
    cursor = (0, 0)
    shifted = False
    presses = 0
    for ch in words:
        if ch in LOWER + UPPER and ch.isupper() != shifted:
            presses += distance(cursor, POSITION[SHIFT]) + 1
            cursor = POSITION[SHIFT]
            shifted = not shifted
        target = POSITION[ch]
        presses += distance(cursor, target) + 1
        cursor = target
    return presses
