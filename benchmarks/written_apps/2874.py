import re


def my_parse_int(string):
    match = re.fullmatch(r"\s*(\d+)\s*", string)
    return int(match.group(1)) if match else "NaN"
