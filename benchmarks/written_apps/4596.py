from math import factorial


def perms(element):
    text = str(element)
    counts = {}
    for c in text:
        counts[c] = counts[c] + 1 if c in counts else 1
    result = factorial(len(text))
    for c in counts:
        result //= factorial(counts[c])
    return result
