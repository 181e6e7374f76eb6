from itertools import permutations


def late_clock(digits):
    best = ""
    for a, b, c, d in permutations(digits):
        if a * 10 + b < 24 and c * 10 + d < 60:
            time = f"{a}{b}:{c}{d}"
            if time > best:
                best = time
    return best
