from itertools import islice


def _squares():
    k = 1
    while True:
        yield k * k
        k += 1


def squares(n):
    return list(islice(_squares(), n))
