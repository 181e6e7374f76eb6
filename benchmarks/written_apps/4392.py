from itertools import dropwhile, count


def find_lowest_int(k):
    def differs(n):
        return sorted(str(n * k)) != sorted(str(n * (k + 1)))
    for n in dropwhile(differs, count(1)):
        return n
