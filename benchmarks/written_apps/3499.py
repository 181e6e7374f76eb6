def to24hourtime(hour, minute, period):
    hour %= 12
    if period == "pm":
        hour += 12
    return str(hour).zfill(2) + str(minute).zfill(2)
