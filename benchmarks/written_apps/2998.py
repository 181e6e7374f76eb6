from itertools import count


def atomic_number(electrons):
    shells = []
    for n in count(1):
        if electrons <= 0:
            break
        capacity = 2 * n * n
        take = capacity if electrons > capacity else electrons
        shells += [take]
        electrons -= take
    return shells
