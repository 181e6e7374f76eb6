from itertools import count


def nb_year(p0, percent, aug, p):
    population = p0
    for years in count():
        if population >= p:
            return years
        population = int(population + population * percent / 100 + aug)
