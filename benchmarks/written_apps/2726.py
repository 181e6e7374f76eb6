from math import isqrt


def square_it(digits):
    s = str(digits)
    side = isqrt(len(s))
    if side * side != len(s):
        return "Not a perfect square!"
    return "\n".join(s[i:i + side] for i in range(0, len(s), side))
