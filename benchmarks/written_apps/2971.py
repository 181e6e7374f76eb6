def watch_pyramid_from_the_side(characters):
    if not characters:
        return characters
    n = len(characters)
    rows = []
    for i in range(n):
        pad = " " * (n - 1 - i)
        rows += [pad + characters[n - 1 - i] * (2 * i + 1) + pad]
    return "\n".join(rows)
