from math import log10


def evaporator(content, evap_per_day, threshold):
    days = log10(threshold / 100) / log10(1 - evap_per_day / 100)
    whole = int(days)
    return whole if whole >= days else whole + 1
