from itertools import count


def next_happy_year(year):
    for y in count(year + 1):
        digits = str(y)
        if len(set(digits)) == len(digits):
            return y
