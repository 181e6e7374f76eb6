import re


def solve(s):
    return max(int(g) for g in re.findall(r"\d+", s))
