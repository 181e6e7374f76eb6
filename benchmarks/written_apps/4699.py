from itertools import count


def spinning_rings(inner_max, outer_max):
    for move in count(1):
        if (-move) % (inner_max + 1) == move % (outer_max + 1):
            return move
