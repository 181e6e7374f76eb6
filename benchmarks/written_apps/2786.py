import calendar


def day(date):
    year, month, dom = int(date[:4]), int(date[4:6]), int(date[6:])
    return calendar.day_name[calendar.weekday(year, month, dom)]
