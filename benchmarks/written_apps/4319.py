ONE = "abdegopq069DOPQR"
TWO = "%&B8"


def countzero(string):
    total = 0
    i = 0
    while i < len(string):
        if string[i:i + 2] == "()":
            total += 1
            i += 2
            continue
        if string[i] in ONE:
            total += 1
        elif string[i] in TWO:
            total += 2
        i += 1
    return total
