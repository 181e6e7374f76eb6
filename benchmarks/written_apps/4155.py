ROTATE = str.maketrans("01689", "01986")
VALID = set("01689")


def _upside_down(n):
    s = str(n)
    return set(s) <= VALID and s.translate(ROTATE)[::-1] == s


def solve(a, b):
    return sum(1 for n in range(a, b) if _upside_down(n))
