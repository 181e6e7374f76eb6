import re


def to_seconds(time):
    m = re.fullmatch(r"(\d\d):([0-5]\d):([0-5]\d)", time or "")
    if not m:
        return None
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
