import re


def to_cents(amount):
    match = re.fullmatch(r"\$(\d+)\.(\d\d)", amount)
    if match is None:
        return None
    return int(match.group(1)) * 100 + int(match.group(2))
