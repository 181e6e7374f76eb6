from itertools import combinations


def _right_angle_at(p, q, r):
    return (q[0] - p[0]) * (r[0] - p[0]) + (q[1] - p[1]) * (r[1] - p[1]) == 0


def count_rect_triang(points):
    unique = {tuple(p) for p in points}
    count = 0
    for a, b, c in combinations(unique, 3):
        if _right_angle_at(a, b, c) or _right_angle_at(b, a, c) or _right_angle_at(c, a, b):
            count += 1
    return count
