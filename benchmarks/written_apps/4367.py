def area_or_perimeter(l, w):
    return l * w if l == w else 2 * (l + w)
