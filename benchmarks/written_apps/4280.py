def area_largest_square(r):
    return 2 * r * r
