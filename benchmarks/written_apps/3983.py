from itertools import islice


def _sequence(signature):
    window = list(signature)
    for x in window:
        yield x
    while True:
        nxt = sum(window)
        yield nxt
        window = window[1:] + [nxt]


def Xbonacci(signature, n):
    return list(islice(_sequence(signature), n))
