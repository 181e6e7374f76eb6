def sea_sick(sea):
    changes = sum(1 for a, b in zip(sea, sea[1:]) if a != b)
    return "Throw Up" if changes > 0.2 * len(sea) else "No Problem"
