def eviternity_numbers(limit):
    numbers = []
    layer = [""]
    while layer:
        next_layer = []
        for prefix in layer:
            for d in "358":
                text = prefix + d
                if int(text) < limit:
                    next_layer += [text]
                    eights = sum(1 for c in text if c == "8")
                    fives = sum(1 for c in text if c == "5")
                    threes = len(text) - eights - fives
                    if eights >= fives >= threes:
                        numbers += [int(text)]
        layer = next_layer
    return numbers


NUMBERS = eviternity_numbers(10 ** 6)


def solve(a, b):
    return sum(1 for n in NUMBERS if a <= n < b)
