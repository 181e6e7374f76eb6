def get_weight(name):
    weight = 0
    for code in name.swapcase().encode():
        if 65 <= code <= 90 or 97 <= code <= 122:
            weight += code
    return weight
