def lemming_battle(battlefield, green, blue):
    green = sorted(green)[::-1]
    blue = sorted(blue)[::-1]
    while green and blue:
        fights = battlefield if battlefield < len(green) else len(green)
        fights = fights if fights < len(blue) else len(blue)
        green_rest, blue_rest = green[fights:], blue[fights:]
        for g, b in zip(green[:fights], blue[:fights]):
            if g > b:
                green_rest += [g - b]
            elif b > g:
                blue_rest += [b - g]
        green = sorted(green_rest)[::-1]
        blue = sorted(blue_rest)[::-1]
    if green:
        return "Green wins: " + " ".join(str(x) for x in green)
    if blue:
        return "Blue wins: " + " ".join(str(x) for x in blue)
    return "Green and Blue died"
