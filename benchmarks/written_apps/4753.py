from itertools import filterfalse

GEESE = {"African", "Roman Tufted", "Toulouse", "Pilgrim", "Steinbacher"}


def goose_filter(birds):
    return list(filterfalse(lambda bird: bird in GEESE, birds))
