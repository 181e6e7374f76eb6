import math


def ellipse(a, b):
    area = math.pi * a * b
    perimeter = math.pi * (1.5 * (a + b) - (a * b) ** 0.5)
    return f"Area: {area:.1f}, perimeter: {perimeter:.1f}"
