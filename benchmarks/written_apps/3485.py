DENSITY = {"H": 1.36, "W": 1.00, "A": 0.87, "O": 0.80}


def separate_liquids(glass):
    if not glass:
        return []
    width = len(glass[0])
    cells = sorted((c for row in glass for c in row), key=lambda c: DENSITY[c])
    return [cells[i:i + width] for i in range(0, len(cells), width)]
