import re


def solve(eq):
    return "".join(re.split(r"([*+\-/])", eq)[::-1])
