def cumulative_triangle(n):
    return n * (n * n + 1) // 2
