from fractions import Fraction


def calculate_scrap(scraps, number_of_robots):
    needed = Fraction(50 * number_of_robots)
    for scrap in scraps:
        needed /= Fraction(100 - scrap, 100)
    return -(-needed // 1)
