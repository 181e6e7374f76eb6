from itertools import starmap


def number(bus_stops):
    return sum(starmap(lambda on, off: on - off, bus_stops))
