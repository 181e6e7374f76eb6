def not_visible_cubes(n):
    return (n - 2) ** 3 if n > 2 else 0
