def what_is_the_time(time_in_mirror):
    hours, minutes = int(time_in_mirror[:2]), int(time_in_mirror[3:])
    total = (12 * 60 - (hours % 12) * 60 - minutes) % (12 * 60)
    h, m = divmod(total, 60)
    if h == 0:
        h = 12
    return f"{h:02d}:{m:02d}"
