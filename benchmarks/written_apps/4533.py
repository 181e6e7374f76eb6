def harmon_pointTrip(xA, xB, xC):
    ratio = (xA - xC) / (xB - xC)
    return round((ratio * xB + xA) / (1 + ratio), 4)
