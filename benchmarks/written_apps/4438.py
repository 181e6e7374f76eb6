def middle_point(x1, y1, z1, x2, y2, z2, x3, y3, z3):
    points = [(x1, y1, z1), (x2, y2, z2), (x3, y3, z3)]
    for i in range(3):
        p = points[i]
        q = points[(i + 1) % 3]
        r = points[(i + 2) % 3]
        dot = sum((p[k] - q[k]) * (p[k] - r[k]) for k in range(3))
        if dot <= 0:
            return i + 1
