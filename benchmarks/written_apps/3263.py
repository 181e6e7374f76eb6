from itertools import pairwise


def solve(arr):
    minutes = sorted({int(t[:2]) * 60 + int(t[3:]) for t in arr})
    minutes += [minutes[0] + 24 * 60]
    gap = 0
    for start, end in pairwise(minutes):
        if end - start - 1 > gap:
            gap = end - start - 1
    return f"{gap // 60:02d}:{gap % 60:02d}"
