import calendar


def year_days(year):
    days = 366 if calendar.isleap(year) else 365
    return f"{year} has {days} days"
