def equable_triangle(a, b, c):
    p = a + b + c
    # 16 * area^2 by Heron's formula, compared with 16 * perimeter^2
    return p * (-a + b + c) * (a - b + c) * (a + b - c) == 16 * p * p
