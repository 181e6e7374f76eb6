import cmath


def coordinates(degrees, radius):
    point = cmath.rect(radius, degrees * cmath.pi / 180)
    return (round(point.real, ndigits=10) + 0.0, round(point.imag, ndigits=10) + 0.0)
