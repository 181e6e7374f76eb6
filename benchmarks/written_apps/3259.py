ROWS = ["abcde123", "fghij456", "klmno789", "pqrst.@0", "uvwxyz_/"]
POS = {}
for r in range(len(ROWS)):
    for c in range(len(ROWS[r])):
        POS[ROWS[r][c]] = (r, c)
SHIFT = (5, 0)
POS[" "] = (5, 1)
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
TO_LOWER = dict(zip(UPPER, LOWER))


def _dist(p, q):
    return abs(p[0] - q[0]) + abs(p[1] - q[1])


def tv_remote(words):
    cur = (0, 0)
    upper = False
    presses = 0
    for ch in words:
        if ch in UPPER or ch in LOWER:
            want_upper = ch in UPPER
            if want_upper != upper:
                presses += _dist(cur, SHIFT) + 1
                cur = SHIFT
                upper = want_upper
            if want_upper:
                ch = TO_LOWER[ch]
        target = POS[ch]
        presses += _dist(cur, target) + 1
        cur = target
    return presses
