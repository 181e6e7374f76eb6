from itertools import count


def triangular_range(start, stop):
    result = {}
    for n in count(1):
        t = n * (n + 1) // 2
        if t > stop:
            break
        if t >= start:
            result[n] = t
    return result
