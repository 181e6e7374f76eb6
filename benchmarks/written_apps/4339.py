def roots(a, b, c):
    if b * b - 4 * a * c < 0:
        return None
    return round(-b / a, 2)
