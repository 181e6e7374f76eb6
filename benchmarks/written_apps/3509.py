PREFIXES = ["", "k", "M", "G", "T", "P", "E", "Z", "Y"]


def meters(x):
    power = 0
    while power < len(PREFIXES) - 1 and x >= 1000 ** (power + 1):
        power += 1
    value = x / 1000 ** power
    number = str(int(value)) if value == int(value) else str(value)
    return number + PREFIXES[power] + "m"
