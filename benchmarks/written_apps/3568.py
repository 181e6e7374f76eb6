def bumps(road):
    return "Woohoo!" if road.count("n") <= 15 else "Car Dead"
