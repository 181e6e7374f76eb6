import re


def time_correct(t):
    if not t:
        return t
    match = re.fullmatch(r"(\d\d):(\d\d):(\d\d)", t)
    if match is None:
        return None
    hours, minutes, seconds = (int(g) for g in match.groups())
    total = (hours * 3600 + minutes * 60 + seconds) % 86400
    return f"{total // 3600:02d}:{total // 60 % 60:02d}:{total % 60:02d}"
