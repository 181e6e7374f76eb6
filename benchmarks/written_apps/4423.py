from fractions import Fraction


def ball_probability(balls):
    bag, (first, second), replaced = balls
    total = len(bag)
    n_first = len([b for b in bag if b == first])
    n_second = len([b for b in bag if b == second])
    p = Fraction(n_first, total)
    if replaced:
        p *= Fraction(n_second, total)
    else:
        remaining = n_second - 1 if first == second else n_second
        p *= Fraction(remaining, total - 1)
    return float(f"{float(p):.3f}")
