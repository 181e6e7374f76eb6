import re


def is_valid(idn):
    return re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", idn) is not None
