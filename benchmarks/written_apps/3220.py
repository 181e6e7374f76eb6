from fractions import Fraction


def _divisor_sum(n):
    total = 0
    d = 1
    while d * d <= n:
        if n % d == 0:
            total += d
            if d * d != n:
                total += n // d
        d += 1
    return total


def solve(a, b):
    groups = {}
    for n in range(a, b):
        if n <= 0:
            continue
        ratio = Fraction(_divisor_sum(n), n)
        if ratio in groups:
            groups[ratio] = groups[ratio] + [n]
        else:
            groups[ratio] = [n]
    total = 0
    for ratio in groups:
        members = groups[ratio]
        if len(members) > 1:
            total += members[0]
    return total
