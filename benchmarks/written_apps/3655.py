def my_crib(n):
    rows = []
    for i in range(n + 1):
        inner = ("_" if i == n else " ") * (2 * i)
        pad = " " * (n - i)
        rows += [pad + "/" + inner + "\\" + pad]
    for _ in range(n - 1):
        rows += ["|" + " " * (2 * n) + "|"]
    rows += ["|" + "_" * (2 * n) + "|"]
    return "\n".join(rows)
