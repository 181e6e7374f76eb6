import re


def date_checker(date):
    return re.fullmatch(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}", date) is not None
