import calendar

DIGITS = set("0123456789")


def date_correct(date):
    if not date:
        return date
    if len(date) != 10 or date[2] != "." or date[5] != "." \
            or not set(date[:2] + date[3:5] + date[6:]) <= DIGITS:
        return None
    day, month, year = int(date[:2]), int(date[3:5]), int(date[6:])
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    while day > calendar.monthrange(year, month)[1]:
        day -= calendar.monthrange(year, month)[1]
        month += 1
        if month > 12:
            month = 1
            year += 1
    return f"{day:02d}.{month:02d}.{year:04d}"
