import re


def repeating_fractions(n, d):
    whole, _, fraction = str(n / d).partition(".")
    return whole + "." + re.sub(r"(\d)\1+", r"(\1)", fraction)
