import re


def sum_from_string(string):
    return sum(int(piece) for piece in re.split(r"\D+", string) if piece)
