from itertools import dropwhile


def _representations(x):
    ways = 0
    b = 2
    while 2 ** b <= x:
        a = int(round(x ** (1.0 / b)))
        for c in (a - 1, a, a + 1):
            if c >= 2 and c ** b == x:
                ways += 1
                break
        b += 1
    return ways


def largest_power(n):
    if n == 1:
        return [0, -1]
    if n <= 4:
        return [1, -1]
    for x in dropwhile(lambda v: _representations(v) == 0, range(n - 1, 3, -1)):
        return [x, _representations(x)]
