def my_crib(n):
    width = 6 * n + 1
    rows = [("_" * (2 * n + 1)).center(width)]
    for k in range(2 * n):
        rows = rows + [("/" + "_" * (2 * n + 1 + 2 * k) + "\\").center(width)]
    inner = width - 2
    door = 2 * n - 1
    rows = rows + ["|" + " " * inner + "|" for _ in range(n - 1)]
    rows = rows + ["|" + ("_" * door).center(inner) + "|"]
    side = " " * door
    rows = rows + ["|" + side + "|" + side + "|" + side + "|" for _ in range(n - 1)]
    floor = "_" * door
    rows = rows + ["|" + floor + "|" + floor + "|" + floor + "|"]
    return "\n".join(rows)
