def christmas_tree(height):
    levels = height // 3
    if levels < 1:
        return ""
    width = 2 * levels + 3
    rows = []
    for level in range(levels):
        for k in range(3):
            stars = 2 * (level + k) + 1
            rows += [" " * ((width - stars) // 2) + "*" * stars]
    rows += [" " * ((width - 3) // 2) + "###"]
    return "\r\n".join(rows)
