def shorten_to_date(long_date):
    return long_date.split(",")[0]
