from itertools import count


def compute_depth(n):
    seen = set()
    for k in count(1):
        seen |= set(str(n * k))
        if len(seen) == 10:
            return k
