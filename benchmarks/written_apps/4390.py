def fly_by(lamps, drone):
    lit = "o" * len(drone)
    return lit.ljust(len(lamps), "x")[:len(lamps)]
