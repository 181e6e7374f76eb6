from itertools import count

LARGEST = 9876543210


def next_numb(val):
    start = val + 1 + (3 - (val + 1)) % 6
    for n in count(start, 6):
        if n > LARGEST:
            return "There is no possible number that fulfills those requirements"
        digits = str(n)
        if len(set(digits)) == len(digits):
            return n
