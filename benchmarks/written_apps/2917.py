from itertools import count


def distinct_digit_year(year):
    for candidate in count(year + 1):
        if len(set(str(candidate))) == len(str(candidate)):
            return candidate
