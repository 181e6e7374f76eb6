def subcuboids(x, y, z):
    return x * (x + 1) // 2 * (y * (y + 1) // 2) * (z * (z + 1) // 2)
