def find_spaceship(astromap):
    rows = astromap.splitlines()
    height = len(rows)
    for r in range(height):
        row = rows[r]
        for c in range(len(row)):
            if row[c] == 'X':
                return [c, height - 1 - r]
    return "Spaceship lost forever."
