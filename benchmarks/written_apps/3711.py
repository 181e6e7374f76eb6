def xMasTree(n):
    width = 2 * n - 1
    rows = [("#" * (2 * i + 1)).center(width, "_") for i in range(n)]
    trunk = "#".center(width, "_")
    return rows + [trunk, trunk]
