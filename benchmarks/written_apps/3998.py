import math


def area_of_polygon_inside_circle(r, n):
    area = n * r * r * math.sin(2 * math.pi / n) / 2
    return round(area * 1000) / 1000
