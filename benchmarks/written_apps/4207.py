def sum_cubes(n):
    return (n * (n + 1) // 2) ** 2
