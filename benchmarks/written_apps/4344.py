def rectangles(n, m):
    # a rectangle is a choice of two horizontal and two vertical lines
    return n * (n - 1) // 2 * (m * (m - 1) // 2)
