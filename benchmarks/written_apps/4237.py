def to12hourtime(t):
    hours, minutes = int(t[:2]), t[2:]
    suffix = "am" if hours < 12 else "pm"
    hours = hours % 12
    if hours == 0:
        hours = 12
    return f"{hours}:{minutes} {suffix}"
