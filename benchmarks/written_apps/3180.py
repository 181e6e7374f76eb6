from itertools import count


def trotter(n):
    if n == 0:
        return "INSOMNIA"
    seen = set()
    for i in count(1):
        value = i * n
        seen = seen | set(str(value))
        if len(seen) == 10:
            return value
